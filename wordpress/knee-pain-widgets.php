<?php
/**
 * Plugin Name:       Knee Pain Widgets
 * Description:       Patient-education widgets from the article "Pain Behind the Knee": the causes with the signs that need urgent care, relief tips, and a call to book or call your clinic. Blocks, shortcodes and a settings page; no code to paste.
 * Version:           __KP_VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            knee-pain-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       knee-pain-widgets
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

// The plugin's version is the library's (stamped by scripts/wordpress.mjs at build time): the
// bundle in assets/ is served with it, so browsers fetch a new copy after every update.
define( 'KNEE_PAIN_WIDGETS_VERSION', '__KP_VERSION__' );
define( 'KNEE_PAIN_WIDGETS_FILE', __FILE__ );
define( 'KNEE_PAIN_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/values.php';
require_once __DIR__ . '/includes/prerender.php';
require_once __DIR__ . '/includes/jsonld.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * The widgets, their attributes and the words that describe them: generated at build time from
 * custom-elements.json, src/widgets.ts and the snippet builder's form (includes/widgets.php), so a
 * new attribute reaches the blocks, shortcodes and post filter without editing this plugin.
 *
 * @return array{version: string, widgets: array<int, array>, settings: array<int, array>}
 */
function knee_pain_widgets_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require __DIR__ . '/includes/widgets.php';
	}
	return $data;
}

/**
 * One widget's description by its tag, or null.
 *
 * @param string $tag Element name, such as "pt-cta".
 * @return array|null
 */
function knee_pain_widgets_widget( $tag ) {
	foreach ( knee_pain_widgets_data()['widgets'] as $widget ) {
		if ( $widget['tag'] === $tag ) {
			return $widget;
		}
	}
	return null;
}

add_action( 'init', 'knee_pain_widgets_register_script', 5 );

/**
 * Registers the drop-in bundle, served from the plugin's own folder (no other host), printed in the
 * footer, and only enqueued where a widget is on the page.
 */
function knee_pain_widgets_register_script() {
	wp_register_script(
		'knee-pain-widgets',
		plugins_url( 'assets/knee-pain-widgets.js', KNEE_PAIN_WIDGETS_FILE ),
		array(),
		KNEE_PAIN_WIDGETS_VERSION,
		true
	);
}

/** Asks WordPress to print the bundle on this page (once, however many widgets there are). */
function knee_pain_widgets_enqueue() {
	if ( ! wp_script_is( 'knee-pain-widgets', 'registered' ) ) {
		knee_pain_widgets_register_script();
	}
	wp_enqueue_script( 'knee-pain-widgets' );
}
