<?php
/**
 * Checks for the values site owners and Authors type, mirroring the widgets' own checks
 * (src/shared/validate.ts): a value the widget would refuse is dropped here, so the widget falls
 * back to the site setting or its own default, exactly as it would on its own.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A boolean attribute's value the way the widgets read it: absent is "not set" (null); present and
 * empty, or any text but "false", is on; "false" (any case) is off.
 *
 * @param mixed $value Raw value.
 * @return bool|null
 */
function knee_pain_widgets_boolean( $value ) {
	if ( null === $value ) {
		return null;
	}
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	return 'false' !== strtolower( trim( (string) $value ) );
}

/**
 * The clean text of one value of the given kind, or null when it is empty or not acceptable.
 *
 * @param array $attribute The attribute's description (kind, options) from includes/widgets.php.
 * @param mixed $value     Raw value from a block, shortcode, pasted tag or the settings form.
 * @return string|null
 */
function knee_pain_widgets_clean( array $attribute, $value ) {
	if ( ! is_scalar( $value ) || is_bool( $value ) ) {
		return null;
	}
	$text = trim( (string) $value );
	if ( '' === $text ) {
		return null;
	}
	switch ( $attribute['kind'] ) {
		case 'enum':
			$lower = strtolower( $text );
			foreach ( $attribute['options'] as $option ) {
				if ( (string) $option['value'] === $lower ) {
					return $lower;
				}
			}
			return null;

		case 'url':
			return knee_pain_widgets_http_url( $text );

		case 'phone':
			// Digits and the punctuation people write in phone numbers; 7 to 15 digits.
			if ( ! preg_match( '/^[\d\s().+\-\/]+$/', $text ) ) {
				return null;
			}
			$digits = strlen( preg_replace( '/\D/', '', $text ) );
			return ( $digits >= 7 && $digits <= 15 ) ? preg_replace( '/\s+/', ' ', $text ) : null;

		case 'emergency':
			// The widget keeps only the digits: 1 to 6 of them.
			$digits = preg_replace( '/\D/', '', $text );
			return ( strlen( $digits ) >= 1 && strlen( $digits ) <= 6 ) ? $digits : null;

		case 'color':
			return knee_pain_widgets_hex_color( $text );

		case 'date':
			if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $text, $m ) ) {
				return null;
			}
			return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? $text : null;

		case 'language':
			// A language tag such as "es" or "es-MX".
			return preg_match( '/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8}){0,3}$/', $text ) ? $text : null;

		case 'number':
			return is_numeric( $text ) ? (string) (int) round( (float) $text ) : null;

		default:
			// Plain text: no tags, no line breaks, at most 200 characters.
			$clean = sanitize_text_field( $text );
			if ( function_exists( 'mb_substr' ) ) {
				$clean = mb_substr( $clean, 0, 200 );
			} else {
				$clean = substr( $clean, 0, 200 );
			}
			return '' === $clean ? null : $clean;
	}
}

/**
 * An absolute http:// or https:// address with a host, or null. Everything else (relative
 * addresses, javascript:, data:, and the like) is refused, as the widgets refuse it.
 *
 * @param string $text Address as typed.
 * @return string|null
 */
function knee_pain_widgets_http_url( $text ) {
	if ( ! preg_match( '#^https?://#i', $text ) ) {
		return null;
	}
	$url = esc_url_raw( $text, array( 'http', 'https' ) );
	if ( '' === $url ) {
		return null;
	}
	$host = wp_parse_url( $url, PHP_URL_HOST );
	return ( is_string( $host ) && '' !== $host ) ? $url : null;
}

/**
 * A colour as `#rrggbb` (lower case) from `#rgb` or `#rrggbb`, or null.
 *
 * @param string $text Colour as typed.
 * @return string|null
 */
function knee_pain_widgets_hex_color( $text ) {
	if ( ! preg_match( '/^#([0-9a-f]{3}|[0-9a-f]{6})$/i', trim( $text ), $m ) ) {
		return null;
	}
	$hex = strtolower( $m[1] );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	return '#' . $hex;
}

/**
 * The `tel:` address and the readable form of a phone number the widget accepts, or null.
 *
 * @param string $text Phone number as typed.
 * @return array{href: string, display: string}|null
 */
function knee_pain_widgets_phone_link( $text ) {
	$clean = knee_pain_widgets_clean( array( 'kind' => 'phone' ), $text );
	if ( null === $clean ) {
		return null;
	}
	$digits        = preg_replace( '/\D/', '', $clean );
	$international = 0 === strpos( $clean, '+' );
	$display       = ( ! $international && 10 === strlen( $digits ) )
		? '(' . substr( $digits, 0, 3 ) . ') ' . substr( $digits, 3, 3 ) . '-' . substr( $digits, 6 )
		: $clean;
	return array(
		'href'    => 'tel:' . ( $international ? '+' : '' ) . $digits,
		'display' => $display,
	);
}
