<?php
/**
 * The page's structured data: one `<script type="application/ld+json">` block with a schema.org
 * `MedicalWebPage` (what src/render/jsonld.ts builds for the snippet builder), printed in the
 * footer of a single post or page that shows the causes or the relief tips, unless the setting
 * "structured-data" is off.
 *
 * The structure is not written here: the build calls jsonld.ts itself with stand-in values for
 * every combination of facts and ships the results as templates (`jsonld` in includes/templates.php,
 * see jsonLdData() in scripts/wordpress.mjs). This file only decides the facts, checks them as
 * medicalWebPage() does, and puts them in JSON-encoded as jsonForScript() does (`<`, `>`, `&` as
 * `\u` escapes), so no value can end the block. The result is byte for byte jsonLdScript()'s for
 * the same facts (the tests compare them); where PHP cannot be sure of that (a booking address not
 * already in the browser's form, a language tag with a script or variant, a cause id or text that
 * is not plain), no block is printed.
 *
 * The facts, from the widgets the page shows (in the order they were written) over the site's
 * settings (Settings → Knee Pain Widgets):
 * - language: the first causes or relief-tips widget's own `lang`, else the site's language
 *   (`<html lang>`), which a widget without one shows;
 * - reviewed by, reviewed on: the first causes or relief-tips widget with the value;
 * - causes: the first causes widget's `causes` (all when it has none or only unknown ones);
 * - clinic name, phone, booking address: the first call to action with the value;
 * each else the site's setting. (Blocks and shortcodes already carry the site's settings for what
 * they leave out, and pasted tags get them added.)
 *
 * No WordPress function is used in the filling (knee_pain_widgets_jsonld_script()), so the tests
 * can call it with PHP's command line alone.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Notes a widget the page shows, with its attributes as the browser will read them, for the
 * structured data at the end of the page. Called by the code that writes widgets.
 *
 * @param string     $tag   Element name.
 * @param array|null $pairs [name, value] pairs (names in lower case), or null to read the list.
 * @return array The widgets noted so far: [tag, pairs] each.
 */
function knee_pain_widgets_jsonld_note( $tag, $pairs = null ) {
	static $shown = array();
	if ( null !== $tag ) {
		$shown[] = array( (string) $tag, is_array( $pairs ) ? $pairs : array() );
	}
	return $shown;
}

/**
 * The text clean() in jsonld.ts makes of a value: runs of white space as one space, trimmed, at
 * most 200 UTF-16 code units. Null when that cut would split a character outside the BMP (the
 * JSON would then hold half of it).
 *
 * @param string|null $value Value.
 * @return string|null
 */
function knee_pain_widgets_jsonld_clean( $value ) {
	$text  = knee_pain_widgets_js_trim( knee_pain_widgets_js_collapse( (string) $value ) );
	$chars = preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY );
	$units = 0;
	$out   = '';
	foreach ( $chars as $char ) {
		$size = strlen( $char ) === 4 ? 2 : 1;
		if ( $units + $size > 200 ) {
			return $units < 200 ? null : $out;
		}
		$units += $size;
		$out   .= $char;
	}
	return $out;
}

/**
 * A string as JSON, as `jsonForScript()` writes it: JSON.stringify's escapes, then `<`, `>` and
 * `&` as `\u003c`, `\u003e`, `\u0026` (U+2028 and U+2029 PHP already writes as `\u2028`, `\u2029`).
 *
 * @param string $text UTF-8 text.
 * @return string|null Null for text that is not UTF-8.
 */
function knee_pain_widgets_jsonld_string( $text ) {
	$json = json_encode( (string) $text, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	if ( false === $json ) {
		return null;
	}
	return strtr(
		$json,
		array(
			'<' => '\u003c',
			'>' => '\u003e',
			'&' => '\u0026',
		)
	);
}

/**
 * The `inLanguage` medicalWebPage() writes: the page's language tag in canonical form when it is a
 * form of the content's language, else the content's locale. Null where PHP cannot be sure of
 * Intl.getCanonicalLocales() (a script, a variant, a three-letter language).
 *
 * @param string $lang   The language given (cleaned).
 * @param string $locale The content's locale.
 * @return string|null
 */
function knee_pain_widgets_jsonld_language( $lang, $locale ) {
	// The same canonical form as the review date's locale (includes/prerender.php); with no
	// language given, the content's locale, which is canonical already.
	return knee_pain_widgets_prerender_date_locale( '' === $lang ? null : $lang, $locale );
}

/**
 * The `<script type="application/ld+json">` block for these facts: what jsonLdScript() in
 * src/render/jsonld.ts makes, or null when PHP cannot be sure to make the same (no block then).
 *
 * @param array $facts Any of 'lang', 'clinicName', 'phone', 'bookingUrl', 'reviewedBy',
 *                     'reviewedOn', 'causes' (strings, as PageFacts in jsonld.ts), and 'now'
 *                     (Unix time, for tests).
 * @return string|null
 */
function knee_pain_widgets_jsonld_script( array $facts ) {
	$data = knee_pain_widgets_prerender_data();
	if ( null === $data || empty( $data['jsonld'] ) ) {
		return null;
	}
	$fact = function ( $name ) use ( $facts ) {
		return isset( $facts[ $name ] ) && is_scalar( $facts[ $name ] ) ? (string) $facts[ $name ] : null;
	};
	foreach ( $facts as $value ) {
		if ( is_string( $value ) && ! preg_match( '//u', $value ) ) {
			return null;
		}
	}

	// getArticle(): the primary subtag as written (cut at "-" only, not trimmed), else English.
	$code     = strtolower( explode( '-', null === $fact( 'lang' ) ? 'undefined' : $fact( 'lang' ) )[0] );
	$language = isset( $data['jsonld'][ $code ] ) ? $code : $data['languages'][0];
	if ( ! isset( $data['jsonld'][ $language ] ) ) {
		return null;
	}
	$page = $data['jsonld'][ $language ];

	$lang = knee_pain_widgets_jsonld_clean( $fact( 'lang' ) );
	$in   = null === $lang ? null : knee_pain_widgets_jsonld_language( $lang, $page['locale'] );
	if ( null === $in ) {
		return null;
	}

	// The causes shown: parseIdList() (trimmed, lower-cased, without blanks), in the article's
	// order; all of them when none is known.
	$ids = array();
	if ( null !== $fact( 'causes' ) ) {
		foreach ( explode( ',', $fact( 'causes' ) ) as $id ) {
			$id = strtolower( knee_pain_widgets_js_trim( $id ) );
			if ( preg_match( '/[^\x00-\x7F]/', $id ) ) {
				return null;
			}
			$ids[] = $id;
		}
	}
	$causes = array();
	foreach ( $page['causes'] as $cause ) {
		if ( in_array( $cause[0], $ids, true ) ) {
			$causes[] = $cause[1];
		}
	}
	if ( ! $causes ) {
		foreach ( $page['causes'] as $cause ) {
			$causes[] = $cause[1];
		}
	}

	// The review date: a real YYYY-MM-DD date that is not after today anywhere (as the widgets),
	// written as given (trimmed).
	$reviewed = '';
	$on       = knee_pain_widgets_js_trim( (string) $fact( 'reviewedOn' ) );
	if ( '' !== knee_pain_widgets_prerender_date( $data, $on, null, 'en', isset( $facts['now'] ) ? $facts['now'] : null ) ) {
		$reviewed = $on;
	}
	$reviewer = knee_pain_widgets_jsonld_clean( $fact( 'reviewedBy' ) );
	$clinic   = knee_pain_widgets_jsonld_clean( $fact( 'clinicName' ) );
	if ( null === $reviewer || null === $clinic ) {
		return null;
	}
	$phone = false;
	$book  = false;
	if ( '' !== $clinic ) {
		$phone = knee_pain_widgets_prerender_phone( $fact( 'phone' ) );
		$book  = knee_pain_widgets_prerender_url( $fact( 'bookingUrl' ) );
		if ( null === $book ) {
			return null;
		}
	}

	$switches = array(
		'reviewed' => '' !== $reviewed,
		'reviewer' => '' !== $reviewer,
		'clinic'   => '' !== $clinic,
		'phone'    => false !== $phone,
		'book'     => false !== $book,
	);
	$key = implode( ' ', array_keys( array_filter( $switches ) ) );
	if ( ! isset( $page['pages'][ $key ] ) ) {
		return null;
	}
	$values = array(
		'inLanguage'   => $in,
		'lastReviewed' => $reviewed,
		'reviewedBy'   => $reviewer,
		'clinicName'   => $clinic,
		'telephone'    => false === $phone ? '' : $phone['display'],
		'bookingUrl'   => false === $book ? '' : $book,
	);
	$map = array( '{{causes}}' => implode( ',', $causes ) );
	foreach ( $values as $name => $value ) {
		$json = knee_pain_widgets_jsonld_string( $value );
		if ( null === $json ) {
			return null;
		}
		$map[ '{{' . $name . '}}' ] = $json;
	}
	return '<script type="application/ld+json">' . strtr( $page['pages'][ $key ], $map ) . '</script>';
}

/**
 * The facts of this page (see the top of this file) from the widgets noted and the site settings.
 *
 * @param array  $shown     The widgets: [tag, pairs] each.
 * @param array  $site      The site's settings (knee_pain_widgets_settings()).
 * @param string $page_lang The site's language.
 * @return array|null Null when the page shows neither the causes nor the relief tips.
 */
function knee_pain_widgets_jsonld_facts( array $shown, array $site, $page_lang ) {
	$health = array( 'knee-pain-causes', 'relief-tips' );
	$from   = array(
		'lang'       => array( 'lang', $health ),
		'reviewedBy' => array( 'reviewed-by', $health ),
		'reviewedOn' => array( 'reviewed-on', $health ),
		'causes'     => array( 'causes', array( 'knee-pain-causes' ) ),
		'clinicName' => array( 'clinic-name', array( 'pt-cta' ) ),
		'phone'      => array( 'phone', array( 'pt-cta' ) ),
		'bookingUrl' => array( 'booking-url', array( 'pt-cta' ) ),
	);
	$facts = array();
	$any   = false;
	foreach ( $shown as $widget ) {
		$any = $any || in_array( $widget[0], $health, true );
		foreach ( $from as $fact => $source ) {
			if ( isset( $facts[ $fact ] ) || ! in_array( $widget[0], $source[1], true ) ) {
				continue;
			}
			foreach ( $widget[1] as $pair ) {
				if ( $pair[0] === $source[0] && '' !== knee_pain_widgets_js_trim( $pair[1] ) ) {
					$facts[ $fact ] = $pair[1];
					break;
				}
			}
		}
	}
	if ( ! $any ) {
		return null;
	}
	foreach ( $from as $fact => $source ) {
		if ( ! isset( $facts[ $fact ] ) && isset( $site[ $source[0] ] ) && is_string( $site[ $source[0] ] ) ) {
			$facts[ $fact ] = $site[ $source[0] ];
		}
	}
	if ( ! isset( $facts['lang'] ) ) {
		$facts['lang'] = (string) $page_lang;
	}
	return $facts;
}

add_action( 'wp_footer', 'knee_pain_widgets_print_jsonld' );

/**
 * Prints the block once, in the footer (block themes render the content before wp_head, so only
 * here is it known which widgets the page shows), on a single post or page with a health widget,
 * unless the setting is off.
 */
function knee_pain_widgets_print_jsonld() {
	if ( ! is_singular() || is_feed() || ! knee_pain_widgets_setting_on( 'structured-data' ) ) {
		return;
	}
	$facts = knee_pain_widgets_jsonld_facts( knee_pain_widgets_jsonld_note( null ), knee_pain_widgets_settings(), knee_pain_widgets_page_language() );
	$block = null === $facts ? null : knee_pain_widgets_jsonld_script( $facts );
	if ( null !== $block ) {
		echo $block . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value JSON-encoded with <, > and & escaped (knee_pain_widgets_jsonld_string()).
	}
}
