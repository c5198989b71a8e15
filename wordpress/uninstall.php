<?php
/**
 * Runs when the plugin is deleted from the Plugins screen: removes its one option, on every site of
 * a network. Posts keep their blocks and shortcodes (they show nothing once the plugin is gone).
 *
 * @package KneePainWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $knee_pain_widgets_site ) {
		switch_to_blog( $knee_pain_widgets_site );
		delete_option( 'knee_pain_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'knee_pain_widgets_settings' );
}
