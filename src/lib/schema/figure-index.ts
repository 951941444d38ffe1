/** Reported figures by id, indexed once per dataset (pages, charts and exports all look them up). */
import type { Dataset } from './dataset.ts';
import type { Figure } from './figure.ts';

const indexes = new WeakMap<Dataset, ReadonlyMap<string, Figure>>();

/** The dataset's reported figures by id. */
export function figuresById(dataset: Dataset): ReadonlyMap<string, Figure> {
	let index = indexes.get(dataset);
	if (!index) {
		index = new Map(dataset.figures.map((f) => [f.id, f]));
		indexes.set(dataset, index);
	}
	return index;
}
