<?php
/**
 * Test helper, run by wordpress.test.mjs with PHP's command line, without WordPress:
 *
 *   php plugin-php.php PLUGIN_DIR prerender < cases.json
 *   php plugin-php.php PLUGIN_DIR jsonld < cases.json
 *
 * Loads the plugin's includes/prerender.php and includes/jsonld.php (with the build's
 * includes/templates.php) from the unzipped plugin folder and runs each case through one of them:
 * - `prerender`: a JSON list of {"tag", "pairs": [[name, value]…], "children"?, "now"?, "page"?}
 *   ("page": the page's language, for a widget without its own lang); each case's markup, or null
 *   when the plugin declines;
 * - `jsonld`: a JSON list of facts objects (PageFacts of src/render/jsonld.ts, `now` in seconds);
 *   each case's structured-data block, or null when the plugin prints none.
 * Prints the results as a JSON list.
 */

define( 'ABSPATH', __DIR__ . '/' );

/** The WordPress hook jsonld.php registers, not needed here. */
function add_action() {}

$plugin = isset( $argv[1] ) ? $argv[1] : '';
$mode   = isset( $argv[2] ) ? $argv[2] : '';
if ( ! is_readable( $plugin . '/includes/prerender.php' ) || ! in_array( $mode, array( 'prerender', 'jsonld' ), true ) ) {
	fwrite( STDERR, "Usage: php plugin-php.php PLUGIN_DIR prerender|jsonld < cases.json\n" );
	exit( 2 );
}
require $plugin . '/includes/prerender.php';
require $plugin . '/includes/jsonld.php';

$cases = json_decode( (string) stream_get_contents( STDIN ), true );
if ( ! is_array( $cases ) ) {
	fwrite( STDERR, "No cases on stdin\n" );
	exit( 2 );
}
$out = array();
foreach ( $cases as $case ) {
	$out[] = 'jsonld' === $mode
		? knee_pain_widgets_jsonld_script( $case )
		: knee_pain_widgets_prerender_markup(
			$case['tag'],
			$case['pairs'],
			isset( $case['children'] ) ? $case['children'] : '',
			isset( $case['now'] ) ? $case['now'] : null,
			isset( $case['page'] ) ? $case['page'] : null
		);
}
echo json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
