/** A file the site serves as is, by its URL path (`/data/figures.csv`). */
export interface StaticFile {
	path: string;
	body: string | Uint8Array;
}
