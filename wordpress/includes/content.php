<?php
/**
 * Shortcodes, the tags Authors and Editors may paste, and pasted tags on the page.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'knee_pain_widgets_register_shortcodes' );

/** `[knee_pain_causes]`, `[relief_tips]`, `[pt_cta]`: the tag names with `_` for `-`. */
function knee_pain_widgets_register_shortcodes() {
	foreach ( knee_pain_widgets_data()['widgets'] as $widget ) {
		add_shortcode( $widget['shortcode'], 'knee_pain_widgets_shortcode' );
	}
}

/**
 * Renders a shortcode. It takes the elements' attribute names as they are
 * (`[pt_cta clinic-name="…" booking-url="…" data-layer]`), plus `brand-color` and `brand-color-dark`.
 *
 * @param array|string $atts      Attributes as parsed by WordPress ('' when there are none).
 * @param string|null  $content   Enclosed content (ignored).
 * @param string       $shortcode The shortcode's name.
 * @return string
 */
function knee_pain_widgets_shortcode( $atts, $content = null, $shortcode = '' ) {
	unset( $content );
	$widget = null;
	foreach ( knee_pain_widgets_data()['widgets'] as $candidate ) {
		if ( $candidate['shortcode'] === $shortcode ) {
			$widget = $candidate;
		}
	}
	if ( ! $widget ) {
		return '';
	}
	$atts  = is_array( $atts ) ? $atts : array();
	$given = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( array_key_exists( $name, $atts ) ) {
			// `data-layer=""` is on, as the empty attribute is in HTML.
			$given[ $name ] = ( 'boolean' === $attribute['kind'] && '' === $atts[ $name ] ) ? true : $atts[ $name ];
		} elseif ( 'boolean' === $attribute['kind'] && in_array( $name, array_map( 'strtolower', array_filter( $atts, 'is_int', ARRAY_FILTER_USE_KEY ) ), true ) ) {
			// A bare name (`[pt_cta data-layer]`) arrives as a value with a numeric key.
			$given[ $name ] = true;
		}
	}
	return knee_pain_widgets_render( $widget['tag'], $given );
}

add_filter( 'wp_kses_allowed_html', 'knee_pain_widgets_allowed_html', 10, 2 );

/**
 * Lets the three tags, with their documented attributes and nothing more, through the post filter
 * that applies to Authors and Editors without `unfiltered_html`.
 *
 * @param array        $allowed Allowed tags and attributes.
 * @param string|array $context Filter context.
 * @return array
 */
function knee_pain_widgets_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( knee_pain_widgets_data()['widgets'] as $widget ) {
		$attributes = array();
		foreach ( $widget['attributes'] as $attribute ) {
			if ( empty( $attribute['plugin'] ) ) {
				$attributes[ $attribute['name'] ] = true;
			}
		}
		$allowed[ $widget['tag'] ] = $attributes;
	}
	return $allowed;
}

add_filter( 'wp_kses_uri_attributes', 'knee_pain_widgets_uri_attributes' );

/**
 * Attributes that hold addresses, so the post filter removes `javascript:` and other unsafe
 * protocols from them as it does from `href`.
 *
 * @param string[] $attributes Attribute names.
 * @return string[]
 */
function knee_pain_widgets_uri_attributes( $attributes ) {
	foreach ( knee_pain_widgets_data()['widgets'] as $widget ) {
		foreach ( $widget['attributes'] as $attribute ) {
			if ( 'url' === $attribute['kind'] && ! in_array( $attribute['name'], $attributes, true ) ) {
				$attributes[] = $attribute['name'];
			}
		}
	}
	return $attributes;
}

// After blocks (9), wpautop (10) and shortcodes (11), so the tags seen here are in their final form.
add_filter( 'the_content', 'knee_pain_widgets_pasted_tags', 12 );

/**
 * Widgets pasted as tags (in a Custom HTML block or the classic editor): the bundle is enqueued,
 * and each widget gets the site's settings for the attributes it does not set. Attributes that are
 * there are left exactly as they are; widgets from blocks and shortcodes already carry every value,
 * so nothing is added to them.
 *
 * @param string $content Post content.
 * @return string
 */
function knee_pain_widgets_pasted_tags( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '<' ) ) {
		return $content;
	}
	$tags = array();
	foreach ( knee_pain_widgets_data()['widgets'] as $widget ) {
		$tags[] = preg_quote( $widget['tag'], '/' );
	}
	// Quoted values may hold ">"; the attribute text runs to the first ">" outside quotes. The
	// lookahead notes a declarative shadow root that already follows (a pre-rendered widget).
	$pattern = '/<(' . implode( '|', $tags ) . ')((?:\s(?:[^>"\']|"[^"]*"|\'[^\']*\')*)?)>(?=((?:\s*<template\b[^>]*\bshadowrootmode)?))/i';
	return preg_replace_callback( $pattern, 'knee_pain_widgets_complete_tag', $content );
}

/**
 * One start tag with the site's settings added for the attributes it lacks, followed by the
 * pre-rendered shadow root (as knee_pain_widgets_render_element() writes for blocks) when it can
 * have one. The tag's own children (a fallback link) stay after it. A tag written as self-closing
 * (`<pt-cta />`, which HTML does not close) or already followed by a declarative shadow root (a
 * widget rendered by this plugin or pasted pre-rendered by an administrator) gets none. The
 * `<template>` is added here, at output time: the post filter for Authors does not allow one.
 *
 * @param array $match Regular-expression match: the tag, its attribute text and what follows.
 * @return string
 */
function knee_pain_widgets_complete_tag( array $match ) {
	$widget = knee_pain_widgets_widget( strtolower( $match[1] ) );
	if ( ! $widget ) {
		return $match[0];
	}
	knee_pain_widgets_enqueue();

	$text    = isset( $match[2] ) ? $match[2] : '';
	$present = array();
	foreach ( wp_kses_hair( $text, wp_allowed_protocols() ) as $name => $attribute ) {
		$present[ strtolower( $name ) ] = true;
	}
	$site  = knee_pain_widgets_settings();
	$extra = '';
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! empty( $attribute['property'] ) || empty( $attribute['site'] ) || ! array_key_exists( $name, $site ) || isset( $present[ $name ] ) ) {
			continue;
		}
		$value = $site[ $name ];
		if ( true === $value ) {
			$extra .= ' ' . $name;
		} elseif ( is_string( $value ) ) {
			$extra .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	// The site's brand colours, unless the tag has a style of its own.
	$style = knee_pain_widgets_style( $widget, $site );
	if ( '' !== $style && ! isset( $present['style'] ) ) {
		$extra .= ' style="' . esc_attr( $style ) . '"';
	}
	$self_closing = '/' === substr( rtrim( $text ), -1 );
	if ( '' === $extra ) {
		$start = $match[0];
	} else {
		$text  = $self_closing ? rtrim( substr( rtrim( $text ), 0, -1 ) ) : rtrim( $text );
		$start = '<' . $match[1] . $text . $extra . ( $self_closing ? ' /' : '' ) . '>';
	}
	$pairs = knee_pain_widgets_parse_attributes( ( '' === $extra ? $text : $text . $extra ) );
	$pairs = null === $pairs ? null : knee_pain_widgets_prerender_attributes( $pairs );
	// For the page's structured data (unreadable attributes: the site's settings stand in).
	knee_pain_widgets_jsonld_note( $widget['tag'], $pairs );
	if ( $self_closing || ! empty( $match[3] ) || null === $pairs ) {
		return $start;
	}
	$shadow = knee_pain_widgets_prerender_shadow( $widget['tag'], $pairs, null, knee_pain_widgets_page_language() );
	return ( null !== $shadow && knee_pain_widgets_prerender_fits_page( $pairs, $start . $shadow ) ) ? $start . $shadow : $start;
}
