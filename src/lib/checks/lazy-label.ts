/**
 * Labels whose texts are written only when read. A national data set has tens of thousands of
 * checks and most readers need one language of a few of them (check-data prints only the
 * mismatches, a page one locale), so writing every message in both languages up front was
 * much of the analysis time.
 */
import type { Locale } from '../format/locale.ts';
import type { Label } from '../schema/enums.ts';

/**
 * A Label whose `id` and `en` are built on first read, each language on its own, then kept.
 * A class rather than an object literal with getters: V8 creates those several times slower
 * than the texts they would defer. The texts are not own properties, so `toJSON` gives them
 * to JSON.stringify; read them as `label.id`, `label.en` or `label[locale]`, not by spreading.
 */
export class LazyLabel implements Label {
	#build: (locale: Locale) => string;
	#id: string | undefined;
	#en: string | undefined;

	constructor(build: (locale: Locale) => string) {
		this.#build = build;
	}

	get id(): string {
		return (this.#id ??= this.#build('id'));
	}

	get en(): string {
		return (this.#en ??= this.#build('en'));
	}

	toJSON(): Label {
		return { id: this.id, en: this.en };
	}
}
