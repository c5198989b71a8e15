<?php
/**
 * Test helper, run by wordpress.test.mjs with PHP's command line inside the test site:
 *
 *   php setup.php install           Empties the database and installs WordPress afresh, with an
 *                                   administrator and an Author; prints JSON with their logins.
 *   php setup.php option NAME       Prints the option's value as JSON.
 *   php setup.php set-option NAME JSON
 *                                   Sets the option to the decoded JSON value; prints it as JSON.
 *   php setup.php delete-option NAME
 *                                   Deletes the option (WordPress's default applies again);
 *                                   prints null.
 *   php setup.php post ID           Prints the post's raw content as JSON.
 *   php setup.php plugin-state      Prints whether the plugin is installed and active as JSON.
 *
 * WORDPRESS_CONFIG (in the environment) names the site's config file for Debian's wp-config.php.
 */

$url  = getenv( 'KP_WP_URL' );
$core = getenv( 'KP_WP_CORE' );
if ( ! $url || ! $core ) {
	fwrite( STDERR, "KP_WP_URL and KP_WP_CORE must be set\n" );
	exit( 2 );
}
$parts                  = parse_url( $url );
$_SERVER['HTTP_HOST']   = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

$command = isset( $argv[1] ) ? $argv[1] : '';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	require $core . '/wp-load.php';
	// No mail server here: the "new site" and "new user" emails are not sent.
	add_filter( 'pre_wp_mail', '__return_false' );
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/user.php';

	global $wpdb;
	foreach ( $wpdb->get_col( 'SHOW TABLES' ) as $table ) {
		$wpdb->query( "DROP TABLE IF EXISTS `$table`" );
	}
	wp_cache_flush();

	$admin_password  = 'admin-' . wp_generate_password( 16, false );
	$author_password = 'author-' . wp_generate_password( 16, false );
	$result          = wp_install( 'Knee Clinic Test', 'admin', 'admin@example.com', false, '', $admin_password );
	$author_id       = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => $author_password,
			'user_email' => 'author@example.com',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $author_id ) ) {
		fwrite( STDERR, $author_id->get_error_message() . "\n" );
		exit( 1 );
	}
	// Pretty permalinks are not needed; plain ?p=N addresses work without rewrite rules.
	update_option( 'permalink_structure', '' );
	// Avatars come from another host, which a closed network cannot reach.
	update_option( 'show_avatars', 0 );
	echo wp_json_encode(
		array(
			'admin'  => array( 'login' => 'admin', 'password' => $admin_password, 'id' => (int) $result['user_id'] ),
			'author' => array( 'login' => 'author', 'password' => $author_password, 'id' => (int) $author_id ),
			'theme'  => get_stylesheet(),
		)
	);
	exit( 0 );
}

require $core . '/wp-load.php';

if ( 'option' === $command ) {
	echo wp_json_encode( get_option( $argv[2], null ) );
} elseif ( 'set-option' === $command && isset( $argv[3] ) ) {
	update_option( $argv[2], json_decode( $argv[3], true ) );
	echo wp_json_encode( get_option( $argv[2], null ) );
} elseif ( 'delete-option' === $command ) {
	delete_option( $argv[2] );
	echo wp_json_encode( get_option( $argv[2], null ) );
} elseif ( 'post' === $command ) {
	$post = get_post( (int) $argv[2] );
	echo wp_json_encode( $post ? $post->post_content : null );
} elseif ( 'plugin-state' === $command ) {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	$plugins = get_plugins();
	echo wp_json_encode(
		array(
			'installed' => array_keys( $plugins ),
			'active'    => array_values( (array) get_option( 'active_plugins', array() ) ),
			'headers'   => $plugins,
		)
	);
} else {
	fwrite( STDERR, "Unknown command: $command\n" );
	exit( 2 );
}
