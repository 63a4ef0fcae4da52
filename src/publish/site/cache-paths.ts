/** The cache lives inside the output folder: deleting the site deletes its cache with it. */
export const CACHE_DIR = ".waymark-cache";
/** The manifest: what a build wrote, signed by this machine. */
export const CACHE_FILE = "site.json";
