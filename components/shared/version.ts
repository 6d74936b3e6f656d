declare const __MECHNET_VERSION__: string;

/** The version of the package these elements come from. */
export const VERSION: string = typeof __MECHNET_VERSION__ === 'string' ? __MECHNET_VERSION__ : 'dev';
