<?php
/**
 * Settings → Knee Pain Widgets: the site-wide values every widget uses unless its block or
 * shortcode sets its own. One option, `knee_pain_widgets_settings`, through the Settings API
 * (options.php checks the nonce and `manage_options`), with a sanitize callback.
 *
 * @package KneePainWidgets
 */

defined( 'ABSPATH' ) || exit;

const KNEE_PAIN_WIDGETS_OPTION = 'knee_pain_widgets_settings';

/**
 * The site's settings, clean: attribute name => string, or true/false for booleans. Values that no
 * longer pass the checks (say, after an update tightened one) are left out.
 *
 * @return array
 */
function knee_pain_widgets_settings() {
	$stored = get_option( KNEE_PAIN_WIDGETS_OPTION, array() );
	if ( ! is_array( $stored ) ) {
		return array();
	}
	$clean = array();
	foreach ( knee_pain_widgets_data()['settings'] as $setting ) {
		$name = $setting['name'];
		if ( ! array_key_exists( $name, $stored ) ) {
			continue;
		}
		$value = 'boolean' === $setting['kind'] ? knee_pain_widgets_boolean( $stored[ $name ] ) : knee_pain_widgets_clean( $setting, $stored[ $name ] );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/**
 * Whether a switch of the settings page is on: as stored, else its default (`default` in the
 * generated settings list: on for "Describe the page to search engines").
 *
 * @param string $name Setting name, such as "structured-data".
 * @return bool
 */
function knee_pain_widgets_setting_on( $name ) {
	$site = knee_pain_widgets_settings();
	if ( array_key_exists( $name, $site ) ) {
		return true === $site[ $name ];
	}
	foreach ( knee_pain_widgets_data()['settings'] as $setting ) {
		if ( $setting['name'] === $name ) {
			return ! empty( $setting['default'] );
		}
	}
	return false;
}

add_action( 'admin_init', 'knee_pain_widgets_register_setting' );

/** Registers the option, its section and one field per setting. */
function knee_pain_widgets_register_setting() {
	register_setting(
		'knee_pain_widgets',
		KNEE_PAIN_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'default'           => array(),
			'sanitize_callback' => 'knee_pain_widgets_sanitize_settings',
			'show_in_rest'      => false,
		)
	);
	add_settings_section(
		'knee_pain_widgets_defaults',
		__( 'Values for every widget on the site', 'knee-pain-widgets' ),
		'knee_pain_widgets_section_intro',
		'knee-pain-widgets'
	);
	foreach ( knee_pain_widgets_data()['settings'] as $setting ) {
		$args = array( 'setting' => $setting );
		if ( 'boolean' !== $setting['kind'] ) {
			$args['label_for'] = 'knee-pain-widgets-' . $setting['name'];
		}
		add_settings_field(
			'knee-pain-widgets-' . $setting['name'],
			esc_html( $setting['label'] ),
			'knee_pain_widgets_settings_field',
			'knee-pain-widgets',
			'knee_pain_widgets_defaults',
			$args
		);
	}
}

/** The text above the fields. */
function knee_pain_widgets_section_intro() {
	echo '<p>' . esc_html__( 'Every Knee Pain Widgets block, shortcode and pasted tag on this site uses these values, unless it sets its own. Leave a field empty to keep the widgets’ own default.', 'knee-pain-widgets' ) . '</p>';
}

/**
 * One field of the form.
 *
 * @param array $args Holds 'setting', the setting's description.
 */
function knee_pain_widgets_settings_field( array $args ) {
	$setting = $args['setting'];
	$stored  = get_option( KNEE_PAIN_WIDGETS_OPTION, array() );
	$stored  = is_array( $stored ) ? $stored : array();
	$value   = array_key_exists( $setting['name'], $stored ) ? $stored[ $setting['name'] ] : '';
	$id      = 'knee-pain-widgets-' . $setting['name'];
	$name    = KNEE_PAIN_WIDGETS_OPTION . '[' . $setting['name'] . ']';
	$help_id = $id . '-help';
	$help    = '' !== $setting['help'] ? ' aria-describedby="' . esc_attr( $help_id ) . '"' : '';

	if ( 'boolean' === $setting['kind'] ) {
		// A setting that is on by default is on until it is stored as off.
		$on = array_key_exists( $setting['name'], $stored ) || empty( $setting['default'] )
			? true === knee_pain_widgets_boolean( is_scalar( $value ) && '' !== $value ? $value : null )
			: true;
		printf(
			'<label for="%1$s"><input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s%4$s /> %5$s</label>',
			esc_attr( $id ),
			esc_attr( $name ),
			checked( $on, true, false ),
			$help, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr() above.
			esc_html( $setting['label'] )
		);
	} elseif ( 'enum' === $setting['kind'] ) {
		printf( '<select id="%1$s" name="%2$s"%3$s>', esc_attr( $id ), esc_attr( $name ), $help ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		printf( '<option value="">%s</option>', esc_html( $setting['empty'] ) );
		foreach ( $setting['options'] as $option ) {
			printf(
				'<option value="%1$s"%2$s>%3$s</option>',
				esc_attr( $option['value'] ),
				selected( (string) $value, (string) $option['value'], false ),
				esc_html( $option['label'] )
			);
		}
		echo '</select>';
	} else {
		$types = array(
			'url'   => 'url',
			'phone' => 'tel',
			'date'  => 'date',
		);
		printf(
			'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="regular-text"%5$s%6$s />',
			esc_attr( isset( $types[ $setting['kind'] ] ) ? $types[ $setting['kind'] ] : 'text' ),
			esc_attr( $id ),
			esc_attr( $name ),
			esc_attr( is_scalar( $value ) ? (string) $value : '' ),
			'' !== $setting['placeholder'] ? ' placeholder="' . esc_attr( $setting['placeholder'] ) . '"' : '',
			$help // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr() above.
		);
	}
	if ( '' !== $setting['help'] ) {
		printf( '<p class="description" id="%1$s">%2$s</p>', esc_attr( $help_id ), esc_html( $setting['help'] ) );
	}
}

/**
 * The sanitize callback: keeps each valid value, leaves empty fields unset, and for a value that
 * does not pass keeps the one saved before and says what is wrong.
 *
 * @param mixed $input The submitted array.
 * @return array
 */
function knee_pain_widgets_sanitize_settings( $input ) {
	$previous = get_option( KNEE_PAIN_WIDGETS_OPTION, array() );
	$previous = is_array( $previous ) ? $previous : array();
	if ( ! is_array( $input ) ) {
		return $previous;
	}
	$output = array();
	foreach ( knee_pain_widgets_data()['settings'] as $setting ) {
		$name = $setting['name'];
		$raw  = array_key_exists( $name, $input ) ? $input[ $name ] : null;
		if ( 'boolean' === $setting['kind'] ) {
			// A ticked box is stored; an empty one is left out (the widget's own default: off), or
			// stored as off for a setting that is on by default.
			if ( is_scalar( $raw ) && '' !== $raw && true === knee_pain_widgets_boolean( $raw ) ) {
				$output[ $name ] = true;
			} elseif ( ! empty( $setting['default'] ) ) {
				$output[ $name ] = false;
			}
			continue;
		}
		// options.php has already removed the slashes WordPress adds to form data.
		$text = is_scalar( $raw ) ? trim( (string) $raw ) : '';
		if ( '' === $text ) {
			continue;
		}
		$value = knee_pain_widgets_clean( $setting, $text );
		if ( null !== $value ) {
			$output[ $name ] = $value;
			continue;
		}
		add_settings_error(
			KNEE_PAIN_WIDGETS_OPTION,
			'invalid-' . $name,
			/* translators: 1: a field's label, 2: what the field accepts. */
			sprintf( __( '%1$s was not saved: %2$s', 'knee-pain-widgets' ), $setting['label'], $setting['invalid'] )
		);
		if ( array_key_exists( $name, $previous ) ) {
			$output[ $name ] = $previous[ $name ];
		}
	}
	return $output;
}

add_action( 'admin_menu', 'knee_pain_widgets_settings_menu' );

/** Settings → Knee Pain Widgets, for users who can manage options. */
function knee_pain_widgets_settings_menu() {
	add_options_page(
		__( 'Knee Pain Widgets', 'knee-pain-widgets' ),
		__( 'Knee Pain Widgets', 'knee-pain-widgets' ),
		'manage_options',
		'knee-pain-widgets',
		'knee_pain_widgets_settings_page'
	);
}

/** The settings page: a form posted to options.php. */
function knee_pain_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Add the widgets to a post or page with the blocks “Knee pain causes and warning signs”, “Knee pain relief tips” and “Knee pain call to action”, or with the shortcodes [knee_pain_causes], [relief_tips] and [pt_cta].', 'knee-pain-widgets' ) . '</p>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'knee_pain_widgets' );
	do_settings_sections( 'knee-pain-widgets' );
	submit_button();
	echo '</form></div>';
}

add_filter( 'plugin_action_links_' . plugin_basename( KNEE_PAIN_WIDGETS_FILE ), 'knee_pain_widgets_action_links' );

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links Existing links.
 * @return string[]
 */
function knee_pain_widgets_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=knee-pain-widgets' ) ) . '">' . esc_html__( 'Settings', 'knee-pain-widgets' ) . '</a>' );
	}
	return $links;
}
