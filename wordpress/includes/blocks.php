<?php
/**
 * The three blocks: one block.json each (attributes written at build time from the widgets'
 * attributes), rendered on the server so a saved post holds only the block comment, and previewed
 * in the editor with the real widget (editor.js).
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'knee_pain_widgets_register_blocks' );

/** Registers the editor script, then each block from its block.json. */
function knee_pain_widgets_register_blocks() {
	wp_register_script(
		'knee-pain-widgets-editor',
		plugins_url( 'editor.js', KNEE_PAIN_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'knee-pain-widgets' ),
		KNEE_PAIN_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'knee-pain-widgets-editor', 'knee-pain-widgets' );

	foreach ( knee_pain_widgets_data()['widgets'] as $widget ) {
		register_block_type(
			KNEE_PAIN_WIDGETS_DIR . '/blocks/' . $widget['slug'],
			array( 'render_callback' => 'knee_pain_widgets_render_block' )
		);
	}
}

/**
 * Server rendering of a block: its attributes (camelCase keys) become the element's attributes.
 *
 * @param array    $attributes Block attributes.
 * @param string   $content    Saved inner content (always empty: the blocks save nothing).
 * @param WP_Block $block      The block instance.
 * @return string
 */
function knee_pain_widgets_render_block( $attributes, $content = '', $block = null ) {
	unset( $content );
	if ( ! $block instanceof WP_Block ) {
		return '';
	}
	$widget = null;
	foreach ( knee_pain_widgets_data()['widgets'] as $candidate ) {
		if ( $candidate['block'] === $block->name ) {
			$widget = $candidate;
		}
	}
	if ( ! $widget ) {
		return '';
	}
	$given = array();
	foreach ( $widget['attributes'] as $attribute ) {
		if ( isset( $attributes[ $attribute['key'] ] ) ) {
			$given[ $attribute['name'] ] = $attributes[ $attribute['key'] ];
		}
	}
	return knee_pain_widgets_render( $widget['tag'], $given, get_block_wrapper_attributes() );
}

add_action( 'enqueue_block_editor_assets', 'knee_pain_widgets_editor_data' );

/**
 * Gives the editor script the sidebar's words and the site's settings (shown as the preview's
 * values when a block leaves a field empty).
 */
function knee_pain_widgets_editor_data() {
	$data = knee_pain_widgets_data();
	wp_add_inline_script(
		'knee-pain-widgets-editor',
		'window.kneePainWidgetsEditor = ' . wp_json_encode(
			array(
				'widgets'  => $data['widgets'],
				'site'     => knee_pain_widgets_settings(),
				'settings' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=knee-pain-widgets' ) : '',
			)
		) . ';',
		'before'
	);
}

add_action( 'enqueue_block_assets', 'knee_pain_widgets_editor_canvas' );

/**
 * Loads the widgets wherever the editor draws its canvas (including an iframed canvas), so the
 * preview is the real widget. On the public site the bundle is only enqueued by a widget.
 */
function knee_pain_widgets_editor_canvas() {
	if ( is_admin() ) {
		knee_pain_widgets_enqueue();
	}
}
