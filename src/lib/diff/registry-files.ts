/**
 * The registry files of a data folder as text tables, for the diff. loadDataset validates the
 * same files; this reads them only to compare them, so a missing file reads as empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../load/read-csv.ts';
import {
	EMPTY_TABLE,
	REGISTRY_FILES,
	registryTable,
	type Registry,
	type RegistryTable,
} from './registry.ts';

function readTable(path: string): RegistryTable {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		return EMPTY_TABLE;
	}
	return registryTable(readCsv(path, text));
}

/** `indicators.csv` and `areas.csv` of `dataDir`. */
export function readRegistry(dataDir: string): Registry {
	return {
		indicators: readTable(join(dataDir, REGISTRY_FILES.indicators.file)),
		areas: readTable(join(dataDir, REGISTRY_FILES.areas.file)),
	};
}
