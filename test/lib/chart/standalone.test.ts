/** The downloadable SVG drawing: the chart with its title, takeaway and sources around it. */
import { chartInput } from '../../../src/lib/chart/series.ts';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { regionChart } from '../../../src/lib/chart/region-charts.ts';
import { flatMarks } from '../../../src/lib/chart/scene.ts';
import { standaloneScene } from '../../../src/lib/chart/standalone.ts';
import { must, realDataset } from './fixture.ts';

describe('standaloneScene', () => {
	it('puts title, takeaway, flags and sources around the wide chart, on its own background', async () => {
		const dataset = await realDataset();
		const input = chartInput({ dataset, analysis: analyse(dataset) });
		const model = must(regionChart(input, must(dataset.regions.get('35.73')), 'coverage', 'en'));
		const scene = standaloneScene(model, 'en', 'pantau-jamsostek.github.io');
		const [background] = scene.marks;
		expect(background).toMatchObject({
			type: 'rect',
			cls: 'bg',
			width: scene.width,
			height: scene.height,
		});
		const text = flatMarks(scene.marks)
			.flatMap((m) => (m.type === 'text' && m.cls !== 'value' && m.cls !== 'tick' ? [m.text] : []))
			.join(' ');
		expect(text).toContain(model.title);
		expect(text).toContain('Coverage rose from about 32% in 2024 to 41.66% in November 2025');
		expect(text).toContain('! The reported value (about 32%)');
		const footer = flatMarks(scene.marks)
			.flatMap((m) => (m.type === 'text' && m.cls === 'tick' ? [m.text] : []))
			.join(' ');
		expect(footer).toContain('Source:');
		expect(footer).toContain('pantau-jamsostek.github.io');
		expect(scene.height).toBeGreaterThan(model.scenes.wide.height);
	});
});
