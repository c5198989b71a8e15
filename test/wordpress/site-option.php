<?php
/**
 * Test helper, run by wordpress.test.mjs with PHP's command line inside the test site (as
 * setup.php is), for tests that switch a site option and put it back:
 *
 *   php site-option.php set NAME JSON    Sets the option to the decoded JSON value.
 *   php site-option.php delete NAME      Deletes the option (WordPress's default applies again).
 *
 * Prints the option's value afterwards as JSON (null when it is not set).
 */

$url  = getenv( 'KP_WP_URL' );
$core = getenv( 'KP_WP_CORE' );
if ( ! $url || ! $core || ! isset( $argv[2] ) ) {
	fwrite( STDERR, "Usage: php site-option.php set NAME JSON | delete NAME (with KP_WP_URL and KP_WP_CORE set)\n" );
	exit( 2 );
}
$parts                       = parse_url( $url );
$_SERVER['HTTP_HOST']        = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME']      = $parts['host'];
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

require $core . '/wp-load.php';

if ( 'set' === $argv[1] && isset( $argv[3] ) ) {
	update_option( $argv[2], json_decode( $argv[3], true ) );
} elseif ( 'delete' === $argv[1] ) {
	delete_option( $argv[2] );
} else {
	fwrite( STDERR, "Unknown command: {$argv[1]}\n" );
	exit( 2 );
}
echo wp_json_encode( get_option( $argv[2], null ) );
