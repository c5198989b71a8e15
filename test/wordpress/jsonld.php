<?php
/**
 * Test helper, run by wordpress.test.mjs with PHP's command line, without WordPress:
 *
 *   php jsonld.php PLUGIN_DIR < cases.json
 *
 * Loads the plugin's includes/prerender.php and includes/jsonld.php (with the build's
 * includes/templates.php) from the unzipped plugin folder and writes the structured-data block for
 * each case, a JSON list of facts objects (PageFacts of src/render/jsonld.ts, `now` in seconds).
 * Prints a JSON list: each block, or null when the plugin prints none.
 */

define( 'ABSPATH', __DIR__ . '/' );

/** The WordPress hook the file registers, not needed here. */
function add_action() {}

$plugin = isset( $argv[1] ) ? $argv[1] : '';
if ( ! is_readable( $plugin . '/includes/jsonld.php' ) ) {
	fwrite( STDERR, "Usage: php jsonld.php PLUGIN_DIR < cases.json\n" );
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
foreach ( $cases as $facts ) {
	$out[] = knee_pain_widgets_jsonld_script( $facts );
}
echo json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
