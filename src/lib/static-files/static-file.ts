/** A file the site serves as is, by its URL path (`/data/pantau-jamsostek.zip`). */
export interface StaticFile {
	path: string;
	body: string | Uint8Array;
}
