/** The promise-based WebExtension API in every browser. */
import browser from 'webextension-polyfill';

export default browser;
