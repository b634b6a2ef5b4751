/** The app's version as the core reports it; a test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0'
