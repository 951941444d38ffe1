/**
 * Browser code of the search page: loads the Pagefind UI from /pagefind/ (same origin, so
 * the page's CSP allows it) and hides the no-JavaScript form once the UI is ready.
 */

interface PagefindUIInstance {
	triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

function load(tag: 'script' | 'link', url: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const el = document.createElement(tag);
		if (el instanceof HTMLScriptElement) el.src = url;
		else if (el instanceof HTMLLinkElement) {
			el.rel = 'stylesheet';
			el.href = url;
		}
		el.addEventListener('load', () => resolve());
		el.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
		document.head.append(el);
	});
}

/** Starts the Pagefind UI in `#search`, searching for `?q=` when given. */
export async function startSearch(): Promise<void> {
	const root = document.getElementById('search');
	if (!root) return;
	const bundle = root.dataset['bundle'] ?? '/pagefind/';
	try {
		await Promise.all([
			load('link', `${bundle}pagefind-ui.css`),
			load('script', `${bundle}pagefind-ui.js`),
		]);
	} catch {
		return; // keep the plain form
	}
	const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
	if (!PagefindUI) return;
	const ui = new PagefindUI({
		element: '#search',
		bundlePath: bundle,
		showSubResults: true,
		showImages: false,
	});
	// Pagefind's input has only a placeholder; give it the page's visible label text.
	const label = root.dataset['label'];
	if (label) root.querySelector('input')?.setAttribute('aria-label', label);
	document.getElementById('search-fallback')?.setAttribute('hidden', '');
	const query = new URLSearchParams(window.location.search).get('q');
	if (query) ui.triggerSearch(query);
}
