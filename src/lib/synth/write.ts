/**
 * Writing a synthetic data set into a folder: the registry files copied from the curated
 * data, one folder per source, and manifest.json. Used by `npm run synth` and `npm run bench`.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { officialRegions } from '../load/official-regions.ts';
import type { Region } from '../schema/region.ts';
import { generateSynthetic, type SynthManifest } from './generate.ts';

export interface WriteOptions {
	/** Folder to write into (created); never the curated data folder. */
	out: string;
	/** Curated data folder whose indicators.csv and areas.csv are copied. */
	dataDir: string;
	seed: number;
	/** Years from 2015. */
	years: number;
	/** Stop after about this many figures. */
	figures?: number;
	/** One source in this many gets a planted mismatch and conflict (default 50). */
	plantEvery?: number;
}

const NATIONAL: Region = {
	code: 'ID',
	name: 'Indonesia',
	nameEn: 'Indonesia',
	kind: 'country',
	slug: 'indonesia',
	parent: null,
	covers: [],
};

/** The regions a synthetic set covers: the country and every official region. */
export async function syntheticRegions(): Promise<Region[]> {
	return [NATIONAL, ...(await officialRegions())];
}

/** Generates and writes a synthetic data set; returns its manifest. Refuses the data folder. */
export async function writeSynthetic(options: WriteOptions): Promise<SynthManifest> {
	const out = resolve(options.out);
	const data = resolve(options.dataDir);
	if (out === data || out.startsWith(data + sep)) {
		throw new Error(
			`refusing to write synthetic data into ${out}: ${options.dataDir} holds only sourced figures — choose another folder`,
		);
	}
	const { sources, manifest } = generateSynthetic({
		regions: await syntheticRegions(),
		firstYear: 2015,
		years: options.years,
		seed: options.seed,
		plantEvery: options.plantEvery ?? 50,
		...(options.figures === undefined ? {} : { maxFigures: options.figures }),
	});
	mkdirSync(join(out, 'sources'), { recursive: true });
	copyFileSync(join(data, 'indicators.csv'), join(out, 'indicators.csv'));
	copyFileSync(join(data, 'areas.csv'), join(out, 'areas.csv'));
	for (const source of sources) {
		const dir = join(out, 'sources', source.id);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'source.json'), source.json);
		writeFileSync(join(dir, 'figures.csv'), source.csv);
	}
	writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	return manifest;
}
