declare const __KP_VERSION__: string;

/** The library's version, baked in from package.json at build time. */
export const VERSION: string = typeof __KP_VERSION__ === 'string' ? __KP_VERSION__ : '0.0.0-dev';
