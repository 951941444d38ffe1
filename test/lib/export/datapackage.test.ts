/** datapackage.json describes exactly the CSVs that are served, with licenses and sources. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportContext } from '../../../src/lib/export/context.ts';
import { dataPackage } from '../../../src/lib/export/datapackage.ts';
import { TABLE_NAMES } from '../../../src/lib/export/paths.ts';
import { csvOf, curatedContext } from './helpers.ts';

interface Field {
	name: string;
	type: string;
	description: string;
	delimiter?: string;
}
interface Package {
	$schema: string;
	name: string;
	version: string;
	created: string;
	licenses: { name: string; path: string }[];
	sources: { title: string; path?: string }[];
	resources: {
		name: string;
		path: string;
		format: string;
		mediatype: string;
		schema: { fields: Field[]; primaryKey: string[] };
	}[];
}

let ctx: ExportContext;
let pkg: Package;
beforeAll(async () => {
	ctx = await curatedContext();
	pkg = JSON.parse(dataPackage(ctx)) as Package;
});

describe('datapackage.json', () => {
	it('lists the four CSV tables', () => {
		expect(pkg.resources.map((r) => [r.name, r.path, r.format, r.mediatype])).toEqual(
			TABLE_NAMES.map((t) => [t, `${t}.csv`, 'csv', 'text/csv']),
		);
	});
	it.each(TABLE_NAMES)('the fields of %s match its CSV header exactly', (name) => {
		const resource = pkg.resources.find((r) => r.name === name);
		const header = csvOf(ctx, name).split('\n')[0];
		expect(resource?.schema.fields.map((f) => f.name).join(',')).toBe(header);
		for (const field of resource?.schema.fields ?? []) {
			expect(field.description).not.toBe('');
			expect(['string', 'number', 'integer', 'date', 'list']).toContain(field.type);
			if (field.type === 'list') expect(field.delimiter).toBe(';');
		}
		for (const key of resource?.schema.primaryKey ?? []) expect(header?.split(',')).toContain(key);
	});
	it('types the value column as a number', () => {
		const figures = pkg.resources.find((r) => r.name === 'figures');
		expect(figures?.schema.fields.find((f) => f.name === 'value')?.type).toBe('number');
	});
	it('states the licenses, crediting idn-area-data', () => {
		expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0', 'ODbL-1.0']);
		expect(pkg.sources).toContainEqual({
			title: 'idn-area-data (ODbL-1.0)',
			path: 'https://github.com/fityannugroho/idn-area-data',
		});
		expect(pkg.sources).toHaveLength(ctx.dataset.sources.size + 1);
	});
	it('is dated by the data version, not the clock', () => {
		expect(pkg.version).toBe(ctx.dataset.version);
		expect(pkg.created).toBe(`${ctx.dataset.version}T00:00:00Z`);
		expect(dataPackage(ctx)).toBe(dataPackage(ctx));
	});
});
