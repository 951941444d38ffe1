/**
 * Words of the region page's answer, context and graded checks, in both site languages
 * (the rest of the region page's words are in ui.ts and region-figures.ts).
 */
import type { Locale } from '../lib/format/locale.ts';
import { formatNumber } from '../lib/format/number.ts';
import type { CheckSeverity } from '../lib/schema/analysis.ts';

export interface RegionPageStrings {
	contents: string;
	answerTitle: (name: string) => string;
	answerLede: string;
	/** Link to the glossary of the methodology, where every term (UCJ, RPJPD, DBHCHT…) is explained. */
	glossary: string;
	glossaryAnchor: string;
	/** "Kota Malang: 41,66% pekerja terlindungi". */
	noCoverage: (name: string) => string;
	nearest: string;
	relation: Record<'province' | 'area' | 'nation', string>;
	targetWord: string;
	moreFigures: string;
	noFigures: (name: string) => string;
	knownAround: string;
	childrenAll: string;
	contribute: string;
	contributeLink: string;
	allFiguresLink: (figures: number) => string;
	severity: Record<CheckSeverity, string>;
	severityHint: Record<CheckSeverity, string>;
	checksSummary: (counts: Record<CheckSeverity, number>, conflicts: number) => string;
	checksNone: string;
	checksDetails: string;
	moreFlagged: (n: number) => string;
	stagesTitle: string;
	stagesIntro: string;
	conflictsTitle: string;
	showArithmetic: string;
}

const idn = (n: number) => formatNumber(n, 'id');
const eng = (n: number) => formatNumber(n, 'en');

function list(parts: string[], and: string): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1) ?? ''}`;
}

const id: RegionPageStrings = {
	contents: 'Isi halaman',
	answerTitle: (name) => `Berapa pekerja di ${name} yang terlindungi?`,
	answerLede:
		'Cakupan kepesertaan: bagian pekerja sasaran yang menjadi peserta BPJS Ketenagakerjaan.',
	glossary: 'Arti istilah (UCJ, PU, BPU, RPJPD, DBHCHT…)',
	glossaryAnchor: 'glosarium',
	noCoverage: (name) => `Belum ada angka cakupan kepesertaan untuk ${name}.`,
	nearest: 'Angka terdekat yang kami punya:',
	relation: { province: 'Provinsi', area: 'Wilayah kantor BPJS', nation: 'Nasional' },
	targetWord: 'Target',
	moreFigures: 'Angka lain',
	noFigures: (name) => `Belum ada angka yang dilaporkan khusus untuk ${name}.`,
	knownAround: 'Yang sudah diketahui di sekitarnya',
	childrenAll: 'Kabupaten dan kota',
	contribute:
		'Punya artikel atau dokumen resmi dengan angka kepesertaan, anggaran bantuan iuran atau klaim wilayah ini? Tambahkan lewat pull request:',
	contributeLink: 'cara berkontribusi',
	allFiguresLink: (figures) =>
		`Semua ${idn(figures)} angka, hitungan pemeriksaan dan angka turunan`,
	severity: {
		agrees: 'Cocok',
		rounding: 'Cocok dalam pembulatan',
		expected: 'Selisih wajar',
		small: 'Selisih kecil',
		large: 'Selisih besar',
	},
	severityHint: {
		agrees: 'Angkanya cocok persis.',
		rounding: 'Angkanya cocok bila pembulatan angka yang tercetak diperhitungkan.',
		expected: 'Angkanya tidak cocok, tetapi aturannya sendiri menjelaskan mengapa.',
		small: 'Selisih di luar pembulatan paling banyak 1 poin persentase atau 5%.',
		large: 'Selisih di luar pembulatan lebih dari 1 poin persentase atau 5%.',
	},
	checksSummary: (c, conflicts) => {
		const total = c.agrees + c.rounding + c.expected + c.small + c.large;
		const parts = [
			c.agrees + c.rounding > 0 ? `${idn(c.agrees + c.rounding)} cocok` : '',
			c.expected > 0 ? `${idn(c.expected)} selisih wajar` : '',
			c.small > 0 ? `${idn(c.small)} selisih kecil` : '',
			c.large > 0 ? `${idn(c.large)} selisih besar` : '',
		].filter(Boolean);
		const checks = total > 0 ? `${idn(total)} pemeriksaan silang: ${list(parts, 'dan')}.` : '';
		const k =
			conflicts > 0 ? ` ${idn(conflicts)} kali sumber-sumber berbeda soal angka yang sama.` : '';
		return `${checks}${k}`.trim();
	},
	checksNone: 'Belum ada pemeriksaan silang atau konflik untuk wilayah ini.',
	checksDetails: 'Hitungan lengkap setiap pemeriksaan',
	moreFlagged: (n) => `${n} pemeriksaan lain yang tidak cocok`,
	stagesTitle: 'Rencana dan realisasi anggaran',
	stagesIntro:
		'Angka yang sama untuk tahun yang sama pada tahap anggaran berbeda: rencana, alokasi dalam APBD, realisasi. Keduanya bisa benar; perbedaannya bukan kenaikan atau penurunan.',
	conflictsTitle: 'Sumber yang berbeda',
	showArithmetic: 'Hitungannya',
};

const en: RegionPageStrings = {
	contents: 'On this page',
	answerTitle: (name) => `How many workers in ${name} are covered?`,
	answerLede: 'Coverage: the share of workers in scope who are BPJS Ketenagakerjaan participants.',
	glossary: 'What the terms mean (UCJ, PU, BPU, RPJPD, DBHCHT…)',
	glossaryAnchor: 'glossary',
	noCoverage: (name) => `No coverage figure for ${name} yet.`,
	nearest: 'The nearest figures we have:',
	relation: { province: 'Province', area: 'BPJS office area', nation: 'National' },
	targetWord: 'Target',
	moreFigures: 'Other figures',
	noFigures: (name) => `No figures reported for ${name} itself yet.`,
	knownAround: 'What is known around it',
	childrenAll: 'Regencies and cities',
	contribute:
		'Do you have an article or official document with participant counts, contribution-aid budgets or claims for this region? Add it by pull request:',
	contributeLink: 'how to contribute',
	allFiguresLink: (figures) => `All ${eng(figures)} figures, check arithmetic and derived figures`,
	severity: {
		agrees: 'Agrees',
		rounding: 'Agrees within rounding',
		expected: 'Expected difference',
		small: 'Small difference',
		large: 'Large difference',
	},
	severityHint: {
		agrees: 'The figures agree exactly.',
		rounding: 'The figures agree once the rounding of the printed numbers is allowed for.',
		expected: 'The figures differ, and the rule itself explains why.',
		small: 'Beyond rounding, a difference of at most 1 percentage point or 5%.',
		large: 'Beyond rounding, a difference of more than 1 percentage point or 5%.',
	},
	checksSummary: (c, conflicts) => {
		const total = c.agrees + c.rounding + c.expected + c.small + c.large;
		const parts = [
			c.agrees + c.rounding > 0 ? `${eng(c.agrees + c.rounding)} agree` : '',
			c.expected > 0 ? `${eng(c.expected)} expected difference${c.expected > 1 ? 's' : ''}` : '',
			c.small > 0 ? `${eng(c.small)} small difference${c.small > 1 ? 's' : ''}` : '',
			c.large > 0 ? `${eng(c.large)} large difference${c.large > 1 ? 's' : ''}` : '',
		].filter(Boolean);
		const checks =
			total > 0 ? `${eng(total)} cross-check${total > 1 ? 's' : ''}: ${list(parts, 'and')}.` : '';
		const k =
			conflicts > 0
				? ` Sources disagree on the same figure ${eng(conflicts)} time${conflicts > 1 ? 's' : ''}.`
				: '';
		return `${checks}${k}`.trim();
	},
	checksNone: 'No cross-checks or conflicts for this region yet.',
	checksDetails: 'The full arithmetic of every check',
	moreFlagged: (n) => `${n} more ${n === 1 ? 'check' : 'checks'} that do not agree`,
	stagesTitle: 'Budget plans and realisations',
	stagesIntro:
		'The same figure for the same year at different budget stages: plan, allocation in the budget, realisation. Both can be right; the difference is not a rise or a fall.',
	conflictsTitle: 'Sources that disagree',
	showArithmetic: 'The arithmetic',
};

export function regionPageStrings(locale: Locale): RegionPageStrings {
	return locale === 'en' ? en : id;
}
