// Limits and folders of the content check; the collections themselves are in src/collections.ts.

/** Folders of the content root that are not collections but are read by the site. */
export const OTHER_DIRS = ['taxonomie'];

/** Images may sit beside the entries that show them. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];

/** Largest local image an editor may add; bigger ones slow the page down for every visitor. */
export const MAX_IMAGE_BYTES = 500 * 1024;

/** A good practice's contact must be re-checked this often. */
export const CONTACT_MAX_AGE_MONTHS = 12;
