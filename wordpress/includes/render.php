<?php
/**
 * The one place that writes a widget's HTML. Blocks, shortcodes and the editor's server data all
 * come here. Wherever it can, it writes the pre-rendered form (includes/prerender.php): the
 * article in the page's HTML inside a declarative shadow root, which the bundle takes over without
 * anything moving; otherwise the plain tag, which the bundle renders.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The values a widget shows: its own valid values, then the site's settings for the rest.
 *
 * @param array $widget Widget description from includes/widgets.php.
 * @param array $given  Raw values by attribute name (strings; booleans as true/false; missing or
 *                      null means "not set here").
 * @return array Clean values by attribute name: strings, or true/false for booleans. Only set ones.
 */
function knee_pain_widgets_resolve( array $widget, array $given ) {
	$site   = knee_pain_widgets_settings();
	$values = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		$raw  = array_key_exists( $name, $given ) ? $given[ $name ] : null;
		if ( 'boolean' === $attribute['kind'] ) {
			$value = knee_pain_widgets_boolean( $raw );
		} else {
			$value = null === $raw ? null : knee_pain_widgets_clean( $attribute, $raw );
		}
		if ( null === $value && ! empty( $attribute['site'] ) && array_key_exists( $name, $site ) ) {
			$value = $site[ $name ];
		}
		if ( null !== $value ) {
			$values[ $name ] = $value;
		}
	}
	return $values;
}

/**
 * A widget's HTML from resolved values. Every value is escaped for its attribute; a boolean that
 * is explicitly off is written as `name="false"` (which the widgets read as off), so the site
 * setting is not added to it again later.
 *
 * @param array  $widget  Widget description from includes/widgets.php.
 * @param array  $values  Values from knee_pain_widgets_resolve().
 * @param string $wrapper Extra attributes, already escaped (a block's class names).
 * @return string
 */
function knee_pain_widgets_render_element( array $widget, array $values, $wrapper = '' ) {
	knee_pain_widgets_enqueue();

	$tag   = $widget['tag'];
	$attrs = '';
	// The same attributes as the browser will read them, for the pre-rendered form.
	$pairs = array();
	$style = knee_pain_widgets_style( $widget, $values );
	foreach ( $values as $name => $value ) {
		if ( knee_pain_widgets_is_property( $widget, $name ) ) {
			continue;
		}
		if ( true === $value ) {
			$attrs  .= ' ' . $name;
			$pairs[] = array( $name, '' );
		} elseif ( false === $value ) {
			$attrs  .= ' ' . $name . '="false"';
			$pairs[] = array( $name, 'false' );
		} else {
			$attrs  .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			$pairs[] = array( $name, (string) $value );
		}
	}
	if ( '' !== $style ) {
		$attrs  .= ' style="' . esc_attr( $style ) . '"';
		$pairs[] = array( 'style', $style );
	}
	if ( '' !== $wrapper ) {
		$attrs .= ' ' . trim( $wrapper );
		$parsed = knee_pain_widgets_parse_attributes( ' ' . trim( $wrapper ) );
		$pairs  = null === $parsed ? null : array_merge( $pairs, $parsed );
	}

	// Plain links for readers whose browser runs no scripts. The widget shows only children with a
	// named slot, so once it runs these are not displayed.
	$fallback = '';
	if ( 'pt-cta' === $tag ) {
		$links = array();
		if ( isset( $values['booking-url'] ) && is_string( $values['booking-url'] ) ) {
			$label   = isset( $values['button-label'] ) && is_string( $values['button-label'] ) ? $values['button-label'] : __( 'Book an evaluation', 'knee-pain-widgets' );
			$links[] = '<a href="' . esc_url( $values['booking-url'], array( 'http', 'https' ) ) . '">' . esc_html( $label ) . '</a>';
		}
		if ( isset( $values['phone'] ) && is_string( $values['phone'] ) ) {
			$phone = knee_pain_widgets_phone_link( $values['phone'] );
			if ( $phone ) {
				/* translators: %s: the clinic's phone number. */
				$links[] = '<a href="' . esc_url( $phone['href'], array( 'tel' ) ) . '">' . esc_html( sprintf( __( 'Call %s', 'knee-pain-widgets' ), $phone['display'] ) ) . '</a>';
			}
		}
		$fallback = implode( ' ', $links );
	}

	knee_pain_widgets_jsonld_note( $tag, $pairs );
	$prerendered = null === $pairs ? null : knee_pain_widgets_prerender_markup( $tag, $pairs, $fallback, null, knee_pain_widgets_page_language() );
	if ( null !== $prerendered && knee_pain_widgets_prerender_fits_page( $pairs, $prerendered ) ) {
		return $prerendered;
	}
	return '<' . $tag . $attrs . '>' . $fallback . '</' . $tag . '>';
}

/**
 * The page's language, which a widget without its own `lang` follows: the site's
 * (`get_bloginfo( 'language' )`, what themes print in `<html lang>` through language_attributes()).
 * The pre-rendered form is filled in it and no `lang` is written on the tag, so the widget keeps
 * following the page when the bundle takes over. (A theme that prints another `<html lang>`, or a
 * wrapper with its own `lang` around the widget, would make the bundle switch language once.)
 *
 * @return string
 */
function knee_pain_widgets_page_language() {
	return (string) get_bloginfo( 'language' );
}

/**
 * Whether pre-rendered markup may go into this page as it is:
 * - not in feeds: no script takes a widget over in a feed reader, so feeds keep the plain tag;
 * - the filters WordPress runs over content after the widgets are written (wptexturize, smilies,
 *   capital_P_dangit, shortcodes; block themes run some over the whole template) must leave it
 *   unchanged, or the shadow root would differ from what the bundle renders. Text inside
 *   `<template>` is kept from wptexturize (knee_pain_widgets_no_texturize()); a value that would
 *   still be changed (a smiley in a clinic's name) gets the plain tag.
 *
 * @param array  $pairs  The widget's attributes as [name, value] pairs.
 * @param string $markup The pre-rendered markup.
 * @return bool
 */
function knee_pain_widgets_prerender_fits_page( array $pairs, $markup ) {
	if ( is_feed() ) {
		return false;
	}
	if ( wptexturize( $markup ) !== $markup || convert_smilies( $markup ) !== $markup || capital_P_dangit( $markup ) !== $markup ) {
		return false;
	}
	return false === strpos( $markup, '[' ) || ! preg_match( '/' . get_shortcode_regex() . '/', $markup );
}

add_filter( 'no_texturize_tags', 'knee_pain_widgets_no_texturize' );

/**
 * Keeps wptexturize out of `<template>`: a declarative shadow root's text is the widget's own,
 * already typeset (curly quotes and dashes in the article), and must stay what the bundle renders.
 *
 * @param string[] $tags Tags whose content wptexturize leaves alone.
 * @return string[]
 */
function knee_pain_widgets_no_texturize( $tags ) {
	$tags[] = 'template';
	return $tags;
}

/**
 * A start tag's attribute text (` name="value" …`) as the browser reads it: [name, value] pairs
 * with character references decoded. Null for anything but plain, well-formed attributes with the
 * common character references, which then are not pre-rendered.
 *
 * @param string $text Attribute text, as in the page.
 * @return array|null
 */
function knee_pain_widgets_parse_attributes( $text ) {
	if ( false !== strpbrk( $text, "\0\r" ) ) {
		return null;
	}
	$pattern = '/\G[ \t\n\f]+([^\s"\'>\/=]+)(?:[ \t\n\f]*=[ \t\n\f]*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'=<>`]+)))?/';
	$pairs   = array();
	$offset  = 0;
	while ( preg_match( $pattern, $text, $m, 0, $offset ) ) {
		$offset += strlen( $m[0] );
		$raw     = '';
		foreach ( array( 2, 3, 4 ) as $group ) {
			if ( isset( $m[ $group ] ) && '' !== $m[ $group ] ) {
				$raw = $m[ $group ];
			}
		}
		$value = knee_pain_widgets_decode_attribute( $raw );
		if ( null === $value ) {
			return null;
		}
		$pairs[] = array( $m[1], $value );
	}
	return '' === trim( substr( $text, $offset ), " \t\n\f" ) ? $pairs : null;
}

/**
 * An attribute value's text with its character references decoded, for the common ones only
 * (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and numeric references to printable characters);
 * null for any other `&`, which the HTML parser's full rules would have to decide.
 *
 * @param string $raw Value as written in the page.
 * @return string|null
 */
function knee_pain_widgets_decode_attribute( $raw ) {
	if ( false === strpos( $raw, '&' ) ) {
		return $raw;
	}
	if ( ! preg_match_all( '/&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/', $raw, $refs, PREG_SET_ORDER ) || count( $refs ) !== substr_count( $raw, '&' ) ) {
		return null;
	}
	foreach ( $refs as $ref ) {
		if ( empty( $ref[1] ) ) {
			$code = isset( $ref[3] ) && '' !== $ref[3] ? hexdec( $ref[3] ) : (int) $ref[2];
			if ( $code < 0x20 || ( $code >= 0x7F && $code <= 0x9F ) || ( $code >= 0xD800 && $code <= 0xDFFF ) || $code > 0x10FFFF ) {
				return null;
			}
		}
	}
	return html_entity_decode( $raw, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

/**
 * Whether an attribute of the plugin's is a CSS custom property (a brand colour), not an element
 * attribute.
 *
 * @param array  $widget Widget description.
 * @param string $name   Attribute name.
 * @return bool
 */
function knee_pain_widgets_is_property( array $widget, $name ) {
	foreach ( $widget['attributes'] as $attribute ) {
		if ( $attribute['name'] === $name ) {
			return ! empty( $attribute['property'] );
		}
	}
	return false;
}

/**
 * The `style` text for the custom properties among the values: validated `#rrggbb` colours only
 * (knee_pain_widgets_clean), which reach the widget's shadow DOM through inheritance.
 *
 * @param array $widget Widget description.
 * @param array $values Clean values by attribute name.
 * @return string Empty when there are none.
 */
function knee_pain_widgets_style( array $widget, array $values ) {
	$style = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! empty( $attribute['property'] ) && isset( $values[ $name ] ) && is_string( $values[ $name ] ) ) {
			$style[] = $attribute['property'] . ': ' . $values[ $name ];
		}
	}
	return implode( '; ', $style );
}

/**
 * The HTML for a widget from raw values (a block's or a shortcode's).
 *
 * @param string $tag     Element name.
 * @param array  $given   Raw values by attribute name.
 * @param string $wrapper Extra attributes, already escaped.
 * @return string
 */
function knee_pain_widgets_render( $tag, array $given, $wrapper = '' ) {
	$widget = knee_pain_widgets_widget( $tag );
	if ( ! $widget ) {
		return '';
	}
	return knee_pain_widgets_render_element( $widget, knee_pain_widgets_resolve( $widget, $given ), $wrapper );
}
