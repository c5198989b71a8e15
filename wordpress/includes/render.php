<?php
/**
 * The one place that writes a widget's HTML. Blocks, shortcodes and the editor's server data all
 * come here, so switching to the pre-rendered form (declarative shadow DOM, for no layout shift and
 * the article in the page's HTML) is a change to knee_pain_widgets_render_element() alone.
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
	$style = knee_pain_widgets_style( $widget, $values );
	foreach ( $values as $name => $value ) {
		if ( knee_pain_widgets_is_property( $widget, $name ) ) {
			continue;
		}
		if ( true === $value ) {
			$attrs .= ' ' . $name;
		} elseif ( false === $value ) {
			$attrs .= ' ' . $name . '="false"';
		} else {
			$attrs .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	if ( '' !== $style ) {
		$attrs .= ' style="' . esc_attr( $style ) . '"';
	}
	if ( '' !== $wrapper ) {
		$attrs .= ' ' . trim( $wrapper );
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

	return '<' . $tag . $attrs . '>' . $fallback . '</' . $tag . '>';
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
