<?php
/**
 * Test helper, run by wordpress.test.mjs with PHP's command line, without WordPress:
 *
 *   php prerender.php PLUGIN_DIR < cases.json
 *
 * Loads the plugin's includes/prerender.php (with the build's includes/templates.php) from the
 * unzipped plugin folder and fills in each case, a JSON list of {"tag", "pairs": [[name, value]…],
 * "children"?, "now"?, "page"?} ("page": the page's language, for a widget without its own lang). Prints a JSON list: each case's markup, or null when the plugin declines.
 */

define( 'ABSPATH', __DIR__ . '/' );

$plugin = isset( $argv[1] ) ? $argv[1] : '';
if ( ! is_readable( $plugin . '/includes/prerender.php' ) ) {
	fwrite( STDERR, "Usage: php prerender.php PLUGIN_DIR < cases.json\n" );
	exit( 2 );
}
require $plugin . '/includes/prerender.php';

$cases = json_decode( (string) stream_get_contents( STDIN ), true );
if ( ! is_array( $cases ) ) {
	fwrite( STDERR, "No cases on stdin\n" );
	exit( 2 );
}
$out = array();
foreach ( $cases as $case ) {
	$out[] = knee_pain_widgets_prerender_markup(
		$case['tag'],
		$case['pairs'],
		isset( $case['children'] ) ? $case['children'] : '',
		isset( $case['now'] ) ? $case['now'] : null,
		isset( $case['page'] ) ? $case['page'] : null
	);
}
echo json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
