<?php
/**
 * The pre-rendered form in PHP: a widget as HTML with a declarative shadow root holding its full,
 * styled article, so readers get the text in the page's HTML (without JavaScript too) and nothing
 * moves when the bundle takes over. The templates come from the build (includes/templates.php,
 * generated from dist/knee-pain-widgets.prerender.json); this file fills them in as steps 1 to 8 of
 * the format's description in src/render/index.ts say, which is what src/render/fill.ts does in
 * the browser. The result is byte for byte what `npx knee-pain-widgets render` prints for the same
 * attributes (the tests compare the two).
 *
 * Where PHP cannot be sure to decide a value exactly as the browser does, the functions here return
 * null and the plugin prints the plain tag, which the bundle renders as before:
 * - a booking address that is not already in the form a browser's URL parser would write it
 *   (lower-case scheme and host, a path, nothing it would encode or resolve);
 * - a review date to be shown in a locale the build did not check (see dateData() in
 *   scripts/wordpress.mjs: every language, its content locale and every region Intl names), or
 *   in a `lang` with a script, variant, extension or three-letter language;
 * - a heading level written in a form of number other than decimal, or a theme, layout or
 *   language with characters outside ASCII (JavaScript lower-cases those differently);
 * - anything that is not UTF-8.
 *
 * No WordPress function is used here, so the tests can call these with PHP's command line alone.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * White space as JavaScript's `trim()` and `\s` see it (ASCII white space, no-break spaces, the
 * Unicode space separators, line and paragraph separators and the byte-order mark), for `/u`
 * regular expressions.
 */
define( 'KNEE_PAIN_WIDGETS_JS_SPACE', '[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]' );

/**
 * The build's templates (includes/templates.php), read once per request; null when the file is
 * missing (a plugin folder copied from the sources without a build).
 *
 * @return array|null
 */
function knee_pain_widgets_prerender_data() {
	static $data = false;
	if ( false === $data ) {
		$file = __DIR__ . '/templates.php';
		$data = is_readable( $file ) ? require $file : null;
		if ( ! is_array( $data ) || ! isset( $data['format'] ) || 1 !== $data['format'] ) {
			$data = null;
		}
	}
	return $data;
}

/**
 * Escapes text or a quoted attribute value exactly as the pre-renderer does (`&#39;` for `'`;
 * htmlspecialchars() would write `&#039;`, which reads the same but is not the same bytes).
 *
 * @param string $text Text.
 * @return string
 */
function knee_pain_widgets_prerender_escape( $text ) {
	return strtr(
		(string) $text,
		array(
			'&'  => '&amp;',
			'<'  => '&lt;',
			'>'  => '&gt;',
			'"'  => '&quot;',
			"'"  => '&#39;',
		)
	);
}

/**
 * JavaScript's `trim()`.
 *
 * @param string $text UTF-8 text.
 * @return string
 */
function knee_pain_widgets_js_trim( $text ) {
	return (string) preg_replace( '/^' . KNEE_PAIN_WIDGETS_JS_SPACE . '+|' . KNEE_PAIN_WIDGETS_JS_SPACE . '+$/u', '', $text );
}

/**
 * JavaScript's `text.replace(/\s+/g, ' ')`.
 *
 * @param string $text UTF-8 text.
 * @return string
 */
function knee_pain_widgets_js_collapse( $text ) {
	return (string) preg_replace( '/' . KNEE_PAIN_WIDGETS_JS_SPACE . '+/u', ' ', $text );
}

/**
 * The heading level as `clampHeadingLevel()` makes it: a number, rounded, kept to 2–6; 2 when
 * blank or not a number. Null for numbers JavaScript reads that are not plain decimals (`0x10`,
 * `Infinity`): rare enough to leave to the bundle.
 *
 * @param string|null $value Attribute value.
 * @return int|null
 */
function knee_pain_widgets_prerender_level( $value ) {
	$text = knee_pain_widgets_js_trim( (string) $value );
	if ( '' === $text ) {
		return 2;
	}
	if ( preg_match( '/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/', $text ) ) {
		$number = (float) $text;
		// Math.round: halves go up, exactly (the difference from floor() is exact at these sizes).
		$floor   = floor( $number );
		$rounded = ( $number - $floor >= 0.5 ) ? $floor + 1 : $floor;
		return (int) max( 2, min( 6, $rounded ) );
	}
	if ( preg_match( '/^[+-]?(?:Infinity$|0[xXbBoO])/', $text ) ) {
		return null;
	}
	return 2;
}

/**
 * A word-valued attribute (`theme`, `layout`) as `oneOf()` reads it: trimmed and lower-cased if it
 * is one of `$choices`, else the first choice. Null for text outside ASCII.
 *
 * @param string[]    $choices Accepted words, the fallback first.
 * @param string|null $value   Attribute value.
 * @return string|null
 */
function knee_pain_widgets_prerender_choice( array $choices, $value ) {
	$word = strtolower( knee_pain_widgets_js_trim( (string) $value ) );
	if ( preg_match( '/[^\x00-\x7F]/', $word ) ) {
		return null;
	}
	return in_array( $word, $choices, true ) ? $word : $choices[0];
}

/**
 * The booking address as the widget links it, when PHP can be sure of the browser's serialisation
 * (`new URL(text).href`): only addresses that are already in that form. Returns false for "no Book
 * link" (no http: or https: scheme, as the widget decides), null for "cannot tell".
 *
 * @param string|null $value Attribute value.
 * @return string|false|null
 */
function knee_pain_widgets_prerender_url( $value ) {
	if ( null === $value ) {
		return false;
	}
	$text = knee_pain_widgets_js_trim( $value );
	if ( '' === $text ) {
		return false;
	}
	// The URL parser drops leading controls and spaces and every tab and line break, then reads the
	// scheme: without http: or https: there, the widget has no Book link, whatever else follows.
	$scheme = preg_replace( '/[\t\n\r]/', '', ltrim( $text, "\x00..\x20" ) );
	if ( ! preg_match( '/^https?:/i', $scheme ) ) {
		return false;
	}
	$label   = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
	// Scheme, host (the last label starts with a letter: never read as an IPv4 number), port, a
	// path (an empty one is written "/"), then query and fragment, with only characters the parser
	// keeps as they are ("'" is encoded in a query).
	$pattern = '|^(https?)://((?:' . $label . '\.)*[a-z][a-z0-9-]*)(?::([0-9]{1,5}))?'
		. '(/[-A-Za-z0-9._~!$&\'()*+,;=:@/%]*)?'
		. '((?:\?[-A-Za-z0-9._~!$&()*+,;=:@/?%]*)?'
		. '(?:#[-A-Za-z0-9._~!$&\'()*+,;=:@/?%]*)?)$|';
	if ( ! preg_match( $pattern, $text, $m ) ) {
		// Anything the browser would refuse is refused by the pattern too, but so is much that the
		// browser accepts and rewrites: the bundle decides those.
		return null;
	}
	$port = isset( $m[3] ) ? $m[3] : '';
	$path = isset( $m[4] ) ? $m[4] : '';
	$ok   = '-' !== substr( $m[2], -1 )
		&& false === strpos( '.' . $m[2], '.xn--' )
		// A port is written as a plain number, and not at all when it is the scheme's own.
		&& ( '' === $port || ( '0' !== $port[0] && (int) $port <= 65535 && (int) $port !== ( 'https' === $m[1] ? 443 : 80 ) ) )
		// Every % starts an escape; no "." or ".." segment (the parser would resolve it).
		&& ! preg_match( '/%(?![0-9A-Fa-f]{2})/', $text )
		&& ! preg_match( '~/(?:\.|%2e){1,2}(?:/|$)~i', $path );
	if ( ! $ok ) {
		return null;
	}
	return '' === $path ? substr( $text, 0, strlen( $text ) - strlen( $m[5] ) ) . '/' . $m[5] : $text;
}

/**
 * The phone number as `parsePhone()` reads it: `tel:` address and the number as shown, or false
 * when the widget shows no Call link.
 *
 * @param string|null $value Attribute value.
 * @return array{href: string, display: string}|false
 */
function knee_pain_widgets_prerender_phone( $value ) {
	if ( null === $value ) {
		return false;
	}
	$text = knee_pain_widgets_js_trim( $value );
	if ( ! preg_match( '/^(?:\d|' . KNEE_PAIN_WIDGETS_JS_SPACE . '|[().+\-\/])+$/u', $text ) ) {
		return false;
	}
	$digits = preg_replace( '/\D/', '', $text );
	if ( strlen( $digits ) < 7 || strlen( $digits ) > 15 ) {
		return false;
	}
	$international = '+' === substr( $text, 0, 1 );
	return array(
		'href'    => 'tel:' . ( $international ? '+' : '' ) . $digits,
		'display' => ( ! $international && 10 === strlen( $digits ) )
			? '(' . substr( $digits, 0, 3 ) . ') ' . substr( $digits, 3, 3 ) . '-' . substr( $digits, 6 )
			: knee_pain_widgets_js_collapse( $text ),
	);
}

/**
 * The locale `dateLocale()` (src/shared/reviewed.ts) picks for a date: the element's own `lang`
 * in canonical form (`es-mx` → `es-MX`) when its language is the content's, else the content's
 * locale. Null where PHP cannot be sure what Intl.getCanonicalLocales() would make of it: a
 * three-letter language (`eng-GB` becomes `en-GB`), a script, a variant or an extension.
 *
 * @param string|null $lang The element's own `lang` (null when it has none).
 * @param string      $base The content's locale (`en`, `es-US`).
 * @return string|null
 */
function knee_pain_widgets_prerender_date_locale( $lang, $base ) {
	if ( null === $lang || '' === $lang ) {
		return $base;
	}
	$primary = strtolower( explode( '-', $lang )[0] );
	if ( preg_match( '/^[a-z]{3}$/', $primary ) ) {
		return null;
	}
	if ( strtolower( explode( '-', $base )[0] ) !== $primary ) {
		// Another language, or no language tag at all (getCanonicalLocales() throws): the content's.
		return $base;
	}
	if ( ! preg_match( '/^([a-zA-Z]{2})(?:-([a-zA-Z]{2}|[0-9]{3}))?$/', $lang, $parts ) ) {
		return null;
	}
	return strtolower( $parts[1] ) . ( isset( $parts[2] ) ? '-' . strtoupper( $parts[2] ) : '' );
}

/**
 * The review date as the widget shows it: a real `YYYY-MM-DD` date from year 1000 that is not after
 * today anywhere on Earth (UTC+14), in the long form of the locale `dateLocale()` picks. '' when
 * no date is shown; null when the build prepared no long form for that locale.
 *
 * @param array       $data  The templates (for `dateFormats`, `dates` and `regions`).
 * @param string|null $value `reviewed-on`.
 * @param string|null $lang  The element's own `lang`.
 * @param string      $base  The content's locale (`en`, `es-US`).
 * @param int|null    $now   Unix time to compare with (for tests); default now.
 * @return string|null
 */
function knee_pain_widgets_prerender_date( array $data, $value, $lang, $base, $now = null ) {
	if ( null === $value || ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', knee_pain_widgets_js_trim( $value ), $m ) ) {
		return '';
	}
	list( , $year, $month, $day ) = array_map( 'intval', $m );
	if ( $year < 1000 || ! checkdate( $month, $day, $year ) ) {
		return '';
	}
	$latest = gmdate( 'Y-m-d', ( null === $now ? time() : (int) $now ) + 14 * 3600 );
	if ( $m[0] > $latest ) {
		return '';
	}

	// dateLocale(): the element's own `lang` when it is a form of the content's language (as
	// Intl.getCanonicalLocales() writes it), else the content's locale.
	$locale = knee_pain_widgets_prerender_date_locale( $lang, $base );
	if ( null === $locale ) {
		return null;
	}
	// Its layout: the locale's own (a language, a content locale, or a region whose dates differ
	// from its language's), else, for a region the build checked, its language's.
	if ( array_key_exists( $locale, $data['dates'] ) ) {
		$index = $data['dates'][ $locale ];
	} else {
		list( $language, $region ) = array_pad( explode( '-', $locale, 2 ), 2, '' );
		if ( '' === $region || false === strpos( $data['regions'], ' ' . $region . ' ' ) || ! array_key_exists( $language, $data['dates'] ) ) {
			return null;
		}
		$index = $data['dates'][ $language ];
	}
	if ( null === $index || ! isset( $data['dateFormats'][ $index ] ) ) {
		return null;
	}
	$format = $data['dateFormats'][ $index ];
	$fields = array(
		'day'   => (string) $day,
		'day2'  => sprintf( '%02d', $day ),
		'month' => $format['months'][ $month - 1 ],
		'year'  => (string) $year,
	);
	$text = '';
	foreach ( $format['parts'] as $part ) {
		$text .= isset( $part['literal'] ) ? $part['literal'] : $fields[ $part['field'] ];
	}
	return $text;
}

/**
 * The shadow root of the widget `$tag` with these attributes, pre-rendered:
 * `<template shadowrootmode="open"><style>…</style>…</template>`, or null when it must not be
 * pre-rendered (see the top of this file).
 *
 * @param string $tag   Element name.
 * @param array  $pairs Attributes as the browser reads them: [name, value] pairs, names in lower
 *                      case, one per name (see knee_pain_widgets_prerender_attributes()).
 * @param int    $now   Unix time for the review date's check (for tests); default now.
 * @param string $page_lang The language the element inherits when it has no `lang` of its own:
 *                      the page's (`<html lang>`, which WordPress writes from the site's language).
 *                      Null: English, as `prerender()` without `lang`. Only the words follow it;
 *                      the review date is then written in the content's locale, as the element
 *                      does (`dateLocale()` reads the element's own `lang` only).
 * @return string|null
 */
function knee_pain_widgets_prerender_shadow( $tag, array $pairs, $now = null, $page_lang = null ) {
	$data = knee_pain_widgets_prerender_data();
	if ( null === $data || ! isset( $data['widgets'][ $tag ], $data['styles'][ $tag ] ) ) {
		return null;
	}
	$widget = $data['widgets'][ $tag ];
	$given  = array();
	foreach ( $pairs as $pair ) {
		if ( ! preg_match( '//u', $pair[1] ) ) {
			return null;
		}
		$given[ $pair[0] ] = $pair[1];
	}
	$get   = function ( $name ) use ( $given ) {
		return array_key_exists( $name, $given ) ? $given[ $name ] : null;
	};
	$reads = function ( $name ) use ( $widget ) {
		return in_array( $name, $widget['attributes'], true );
	};

	// Step 3: an attribute the templates do not hold (a chosen subset of causes or tips).
	foreach ( $widget['attributes'] as $name ) {
		if ( null === $get( $name ) || in_array( $name, $widget['filled'], true ) ) {
			continue;
		}
		$items = in_array( $name, array( 'causes', 'tips' ), true ) ? explode( ',', $get( $name ) ) : array( $get( $name ) );
		foreach ( $items as $item ) {
			if ( '' !== knee_pain_widgets_js_trim( $item ) ) {
				return null;
			}
		}
	}

	// Step 4: the language, from the primary subtag of the element's own `lang`; without one (or a
	// blank one), of the page's, which the element follows (KpElement.syncLanguage()).
	$own  = knee_pain_widgets_js_trim( (string) $get( 'lang' ) );
	$code = strtolower( (string) preg_split( '/[-_]/', '' !== $own ? $own : knee_pain_widgets_js_trim( (string) $page_lang ) )[0] );
	if ( preg_match( '/[^\x00-\x7F]/', $code ) ) {
		return null;
	}
	$language = in_array( $code, $data['languages'], true ) ? $code : $data['languages'][0];
	if ( ! isset( $widget['templates'][ $language ], $widget['defaults'][ $language ] ) ) {
		return null;
	}
	$texts = $widget['defaults'][ $language ];

	// Step 5: the values, as the element decides them.
	$level = knee_pain_widgets_prerender_level( $get( 'heading-level' ) );
	$theme = knee_pain_widgets_prerender_choice( $widget['choices']['theme'], $get( 'theme' ) );
	$layout = isset( $widget['choices']['layout'] ) ? knee_pain_widgets_prerender_choice( $widget['choices']['layout'], $get( 'layout' ) ) : '';
	$book   = $reads( 'booking-url' ) ? knee_pain_widgets_prerender_url( $get( 'booking-url' ) ) : false;
	if ( null === $level || null === $theme || null === $layout || null === $book ) {
		return null;
	}
	$phone     = $reads( 'phone' ) ? knee_pain_widgets_prerender_phone( $get( 'phone' ) ) : false;
	$emergency = preg_replace( '/\D/', '', (string) $get( 'emergency-number' ) );
	$text      = function ( $name, $fallback ) use ( $get ) {
		$value = knee_pain_widgets_js_trim( (string) $get( $name ) );
		return '' === $value ? $fallback : $value;
	};

	$reviewed = false;
	if ( $reads( 'reviewed-by' ) && isset( $texts['reviewed'] ) ) {
		$date = knee_pain_widgets_prerender_date( $data, $get( 'reviewed-on' ), $get( 'lang' ), $texts['locale'], $now );
		if ( null === $date ) {
			return null;
		}
		$name    = knee_pain_widgets_js_trim( knee_pain_widgets_js_collapse( (string) $get( 'reviewed-by' ) ) );
		$wording = ( '' !== $name && '' !== $date ) ? 'byOn' : ( '' !== $name ? 'by' : ( '' !== $date ? 'on' : '' ) );
		if ( '' !== $wording ) {
			$reviewed = strtr(
				$texts['reviewed'][ $wording ],
				array(
					'{name}' => $name,
					'{date}' => $date,
				)
			);
		}
	}

	$values = array(
		'level'           => (string) $level,
		'sublevel'        => (string) min( $level + 1, 6 ),
		'theme'           => $theme,
		'layout'          => $layout,
		'emergencyNumber' => ( strlen( $emergency ) >= 1 && strlen( $emergency ) <= 6 ) ? $emergency : '911',
		'clinicName'      => $text( 'clinic-name', isset( $texts['clinicName'] ) ? $texts['clinicName'] : '' ),
		'buttonLabel'     => $text( 'button-label', isset( $texts['buttonLabel'] ) ? $texts['buttonLabel'] : '' ),
		'bookingUrl'      => false === $book ? '' : $book,
		'phoneHref'       => false === $phone ? '' : $phone['href'],
		'phoneDisplay'    => false === $phone ? '' : $phone['display'],
		'reviewed'        => false === $reviewed ? '' : $reviewed,
	);

	// Step 6: the variant.
	$on = function ( $name ) use ( $get, $reads ) {
		return $reads( $name ) && null !== $get( $name ) && 'false' !== strtolower( knee_pain_widgets_js_trim( $get( $name ) ) );
	};
	$switches = array(
		'open'     => $on( 'open' ),
		'book'     => false !== $book,
		'call'     => false !== $phone,
		'reviewed' => false !== $reviewed,
		'switch'   => $on( 'language-switch' ),
	);
	$key = implode( ' ', array_keys( array_filter( $switches ) ) );
	if ( ! isset( $widget['templates'][ $language ][ $key ] ) ) {
		return null;
	}

	// Step 7: every {{placeholder}} replaced in one pass by its escaped value.
	$map = array();
	foreach ( $values as $name => $value ) {
		$map[ '{{' . $name . '}}' ] = knee_pain_widgets_prerender_escape( $value );
	}
	// Inline styles, not the linked stylesheet: see knee_pain_widgets_prerender_markup().
	return '<template shadowrootmode="open"><style>' . $data['styles'][ $tag ] . '</style>'
		. strtr( $widget['templates'][ $language ][ $key ], $map ) . '</template>';
}

/**
 * Attributes as the browser will read them: names lower-cased, of two with the same name the first.
 * Null when a name cannot be written into markup.
 *
 * @param array $pairs [name, value] pairs, values as text.
 * @return array|null
 */
function knee_pain_widgets_prerender_attributes( array $pairs ) {
	$seen = array();
	foreach ( $pairs as $pair ) {
		if ( ! preg_match( '/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/', $pair[0] ) ) {
			return null;
		}
		$name = strtolower( $pair[0] );
		if ( ! array_key_exists( $name, $seen ) ) {
			$seen[ $name ] = (string) $pair[1];
		}
	}
	$out = array();
	foreach ( $seen as $name => $value ) {
		$out[] = array( (string) $name, $value );
	}
	return $out;
}

/**
 * The widget `$tag` with these attributes, pre-rendered (steps 1 to 8): what `prerender()` and
 * `npx knee-pain-widgets render` make, with `$children` (already HTML) after the shadow root. Null
 * when it must not be pre-rendered: print the plain tag instead.
 *
 * The styles are the inline `<style>` form, not a `<link>` to knee-pain-widgets.css: the widget is
 * painted complete in the first frame in every browser (Firefox paints before a stylesheet linked
 * in a shadow root arrives), nothing has to be added to the theme's `<head>`, and WordPress pages
 * rarely have a Content-Security-Policy that refuses inline styles (the one reason for the linked
 * form). The cost is the widget's CSS once per widget: about 2.5 kB, 1 kB compressed (less for a
 * second widget on the page, whose styles compress against the first's).
 *
 * @param string $tag      Element name.
 * @param array  $pairs    Attributes: [name, value] pairs, values as text ('' for a bare name).
 * @param string $children HTML to keep after the shadow root (a fallback link).
 * @param int    $now      Unix time for the review date's check (for tests); default now.
 * @param string $page_lang The page's language, for a widget without its own `lang` (see
 *                         knee_pain_widgets_prerender_shadow()); no `lang` is written on the tag.
 * @return string|null
 */
function knee_pain_widgets_prerender_markup( $tag, array $pairs, $children = '', $now = null, $page_lang = null ) {
	$pairs = knee_pain_widgets_prerender_attributes( $pairs );
	if ( null === $pairs ) {
		return null;
	}
	$shadow = knee_pain_widgets_prerender_shadow( $tag, $pairs, $now, $page_lang );
	if ( null === $shadow ) {
		return null;
	}
	$attributes = '';
	foreach ( $pairs as $pair ) {
		$attributes .= '' === $pair[1] ? ' ' . $pair[0] : ' ' . $pair[0] . '="' . knee_pain_widgets_prerender_escape( $pair[1] ) . '"';
	}
	return '<' . $tag . $attributes . '>' . $shadow . $children . '</' . $tag . '>';
}
