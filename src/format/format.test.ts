import { expect } from '@open-wc/testing';
import { formatChange, formatQuantity, targetProgress } from './index.js';
import { formatPublishedPercent } from './number.js';
import { inSmallerUnitUnderOne, magnitudeMayBreak, quantityParts } from './measure.js';
import { impliedBase, impliedQuantity, multipleToPercent, percentToMultiple, significantDigits } from './change.js';
import { figureRuns, joinAnd, lowerFirst, parseIds, sentences, upperFirst } from './text.js';
import type { Change, Indicator, Unit } from '../schema/document.js';

const both = (value: number, unit: Indicator['unit'], qualifier?: Indicator['qualifier'], per?: 'day') => [
  formatQuantity({ value, unit, qualifier, per }, 'zh'),
  formatQuantity({ value, unit, qualifier, per }, 'en'),
];

describe('magnitudeMayBreak', () => {
  it('lets a large figure part from its magnitude, never from a unit symbol', () => {
    expect(magnitudeMayBreak(quantityParts({ value: 2.0228, unit: '100m-cny' }, 'en').after)).to.equal(' million yuan');
    expect(magnitudeMayBreak(quantityParts({ value: 40, unit: '10k-sqm' }, 'en').after)).to.equal('\u00a0m²');
  });
});

describe('formatQuantity', () => {
  it('keeps Chinese magnitudes in Chinese and converts them in English', () => {
    expect(both(10.7, '100m-cny')).to.deep.equal(['10.7亿元', '1.07\u00a0billion yuan']);
    expect(both(73.21, '10k-visits')).to.deep.equal(['73.21万人次', '732,100 visits']);
    expect(both(8645, 'cny')).to.deep.equal(['8645元', '8,645 yuan']);
    expect(both(15545, '10k-cny')).to.deep.equal(['15545万元', '155.45\u00a0million yuan']);
    expect(both(167655, 'cny')).to.deep.equal(['167655元', '167,655 yuan']);
    expect(both(40, '10k-sqm')).to.deep.equal(['40万平方米', '400,000\u00a0m²']);
    expect(both(30, '10k-tonne')).to.deep.equal(['30万吨', '300,000 tonnes']);
  });

  it('keeps the published precision', () => {
    expect(both(2.0228, '100m-cny')).to.deep.equal(['2.0228亿元', '202.28\u00a0million yuan']);
    expect(both(41.89, '100m-cny')).to.deep.equal(['41.89亿元', '4.189\u00a0billion yuan']);
    // Words only where they read shorter: a figure that would need more than three decimals in them is written out.
    expect(both(1234567, 'people')).to.deep.equal(['1234567人', '1,234,567 people']);
    expect(both(12345.6789, '10k-cny')).to.deep.equal(['12345.6789万元', '123,456,789 yuan']);
    expect(both(126.4, '10k-visits')).to.deep.equal(['126.4万人次', '1.264\u00a0million visits']);
    // The largest word or none, whatever the printed decimals: never "4,189.5 million".
    expect(both(41.895, '100m-cny')).to.deep.equal(['41.895亿元', '4,189,500,000 yuan']);
    expect(['zh', 'en'].map((lang) => formatQuantity({ value: 126.4, unit: '10k-visits', decimals: 2 }, lang as 'zh' | 'en'))).to.deep.equal([
      '126.40万人次',
      '1.2640\u00a0million visits',
    ]);
    expect(both(0.8, '100m-cny')).to.deep.equal(['0.8亿元', '80\u00a0million yuan']);
    // 万亿 (a province's output, its deposits): trillions, not "1,200 billion".
    expect(both(12000, '100m-cny')).to.deep.equal(['12000亿元', '1.2\u00a0trillion yuan']);
    expect(formatQuantity({ value: 1.2, unit: { zh: '万亿元', en: 'yuan', exponent: 12 } }, 'en')).to.equal('1.2\u00a0trillion yuan');
  });

  it('keeps the trailing zeros a figure was printed with (decimals), which JSON drops', () => {
    const printed = (quantity: Parameters<typeof formatQuantity>[0]) => [formatQuantity(quantity, 'zh'), formatQuantity(quantity, 'en')];
    expect(printed({ value: 60.3, unit: '100m-cny', decimals: 2 })).to.deep.equal(['60.30亿元', '6.030\u00a0billion yuan']);
    expect(printed({ value: 5, unit: 'percent', decimals: 1 })).to.deep.equal(['5.0%', '5.0%']);
    expect(printed({ value: 120, unit: '10k-visits', decimals: 1, qualifier: 'more-than' })).to.deep.equal(['120.0万余人次', 'more than 1.200\u00a0million visits']);
    // Fewer decimals than the value has never cut a digit.
    expect(printed({ value: 2.0228, unit: '100m-cny', decimals: 1 })).to.deep.equal(['2.0228亿元', '202.28\u00a0million yuan']);
    const change = { kind: 'percent', value: 5, decimals: 1, basis: 'yoy' } as const;
    expect([formatChange(change, 'zh', undefined).text, formatChange(change, 'en', undefined).text]).to.deep.equal(['同比增长5.0%', 'up 5.0% year on year']);
    expect(formatChange(change, 'en', undefined).short).to.equal('+5.0%');
    expect(formatChange({ kind: 'points', value: -2, decimals: 1, basis: 'target' }, 'zh', undefined).text).to.equal('低于目标2.0个百分点');
  });

  it('places qualifiers where each language puts them', () => {
    expect(both(200, '10k-visits', 'more-than')).to.deep.equal(['200余万人次', 'more than 2\u00a0million visits']);
    expect(both(10, '10k-visits', 'nearly')).to.deep.equal(['近10万人次', 'nearly 100,000 visits']);
    expect(both(6, '100m-cny', 'about')).to.deep.equal(['约6亿元', 'about 600\u00a0million yuan']);
    expect(both(80, 'percent', 'above')).to.deep.equal(['80%以上', 'more than 80%']);
    expect(both(5000, 'visits', 'more-than', 'day')).to.deep.equal(['日均5000余人次', 'more than 5,000 visits a day on average']);
    expect(both(4000, '10k-cny', 'more-than')).to.deep.equal(['4000余万元', 'more than 40\u00a0million yuan']);
    // After a decimal, 余 follows the magnitude: 1.2亿余元, never 1.2余亿元.
    expect(both(1.2, '100m-cny', 'more-than')).to.deep.equal(['1.2亿余元', 'more than 120\u00a0million yuan']);
    expect(both(12.5, '10k-visits', 'more-than')[0]).to.equal('12.5万余人次');
    // Never 余 before a rate: 80%以上.
    expect(both(80, 'percent', 'more-than')).to.deep.equal(['80%以上', 'more than 80%']);
  });

  it('uses custom units and singulars', () => {
    expect(both(168, { zh: '次', en: 'trips' })).to.deep.equal(['168次', '168 trips']);
    expect(both(1, 'visits')).to.deep.equal(['1人次', '1 visit']);
    expect(both(45, 'firms')).to.deep.equal(['45家', '45 firms']);
    // A custom unit printed as a sign sits as close as the registry's %: "41.5%", not "41.5 %".
    expect(both(41.5, { zh: '%', en: '%' })).to.deep.equal(['41.5%', '41.5%']);
    expect(both(3.2, { zh: '‰', en: '‰' })).to.deep.equal(['3.2‰', '3.2‰']);
    // One with a magnitude keeps it.
    expect(both(12, { zh: '万%', en: '%', exponent: 4 })[1]).to.equal('120,000\u00a0%');
  });
});

const change = (kind: Change['kind'], value: number, basis?: Change['basis']): Change => ({ kind, value, ...(basis && { basis }) });
const words = (c: Change, unit?: Unit) => [formatChange(c, 'zh', unit).text, formatChange(c, 'en', unit).text];

describe('formatChange', () => {
  it('reads percent growth and decline', () => {
    expect(words(change('percent', 15.7, 'yoy'))).to.deep.equal(['同比增长15.7%', 'up 15.7% year on year']);
    expect(words(change('percent', -3.2, 'yoy'))).to.deep.equal(['同比下降3.2%', 'down 3.2% year on year']);
    expect(words(change('percent', 0, 'yoy'))).to.deep.equal(['同比持平', 'unchanged year on year']);
    expect(formatChange(change('percent', -3.2), 'en', undefined).short).to.equal('−3.2%');
    expect(formatChange(change('percent', 15.7), 'zh', undefined).short).to.equal('+15.7%');
  });

  it('puts "more than" after a rate in Chinese (8%以上), and 余 only before a counting word (10余倍)', () => {
    const more = (kind: Change['kind'], value: number): Change => ({ ...change(kind, value, 'yoy'), qualifier: 'more-than' });
    expect(words(more('percent', 8))).to.deep.equal(['同比增长8%以上', 'up more than 8% year on year']);
    expect(words(more('points', 2))[0]).to.equal('同比提高2个百分点以上');
    expect(words(more('multiple', 10))[0]).to.equal('为去年同期的10余倍');
  });

  it('never confuses percentage points, percent and multiples', () => {
    expect(words(change('points', 2.9, 'target'))).to.deep.equal(['高于目标2.9个百分点', '2.9 percentage points above target']);
    expect(words(change('points', -1.2, 'yoy'))).to.deep.equal(['同比下降1.2个百分点', 'down 1.2 percentage points year on year']);
    expect(words(change('multiple', 6, 'yoy'))).to.deep.equal(['为去年同期的6倍', "6 times last year's"]);
    // One point is singular; a multiplier is "times" whatever its number, but a plain 1 is "the same as".
    expect(words(change('points', 1, 'yoy'))).to.deep.equal(['同比提高1个百分点', 'up 1 percentage point year on year']);
    expect(words(change('points', -1, 'target'))).to.deep.equal(['低于目标1个百分点', '1 percentage point below target']);
    expect(words(change('multiple', 1, 'yoy'))).to.deep.equal(['与去年同期持平', "the same as last year's"]);
    expect(words(change('multiple', 1, 'target'))).to.deep.equal(['与目标持平', 'the same as the target']);
    expect(words(change('multiple', 1, 'previous-period'))).to.deep.equal(['与上期持平', "the same as the previous period's"]);
    expect(words(change('multiple', 1))).to.deep.equal(['持平', 'unchanged']);
    expect(words({ ...change('multiple', 1, 'yoy'), qualifier: 'nearly' })).to.deep.equal(['为去年同期的近1倍', "nearly as much as last year's"]);
    expect(words({ ...change('multiple', 1, 'yoy'), qualifier: 'about' })).to.deep.equal(['与去年同期基本持平', "about the same as last year's"]);
    expect(words({ ...change('multiple', 1, 'yoy'), qualifier: 'more-than' })).to.deep.equal(['为去年同期的1余倍', "more than last year's"]);
    expect(formatChange(change('points', 2.9), 'en', undefined).short).to.equal('+2.9 pp');
    expect(formatChange(change('multiple', 1.6), 'en', undefined).short).to.equal('1.6×');
    expect(formatChange(change('multiple', 1.6), 'zh', undefined).short).to.equal('1.6倍');
    // A short form keeps its qualifier: it may stand alone, at a bar's end.
    const short = (c: Change) => [formatChange(c, 'zh', undefined).short, formatChange(c, 'en', undefined).short];
    expect(short({ ...change('percent', 15), qualifier: 'about' })).to.deep.equal(['约+15%', 'about +15%']);
    expect(short({ ...change('points', 2.9), qualifier: 'nearly' })).to.deep.equal(['近+2.9个百分点', 'nearly +2.9 pp']);
    // A qualified fall is said in words: "more than −8%" would be a smaller fall.
    expect(short({ ...change('percent', -8, 'yoy'), qualifier: 'more-than' })).to.deep.equal(['同比下降8%以上', 'down more than 8% year on year']);
    expect(short({ ...change('points', -2.9, 'yoy'), qualifier: 'nearly' })).to.deep.equal(['同比下降近2.9个百分点', 'down nearly 2.9 percentage points year on year']);
    // "About" has no side to mistake, and stays short.
    expect(short({ ...change('percent', -8, 'yoy'), qualifier: 'about' })).to.deep.equal(['约−8%', 'about −8%']);
    expect(short({ ...change('multiple', 6), qualifier: 'more-than' })).to.deep.equal(['6余倍', 'more than 6×']);
  });

  it('states absolute changes in their unit', () => {
    // Without a unit of its own, a change is in the figure's.
    expect(words({ kind: 'absolute', value: 1, basis: 'yoy' }, '100m-cny')).to.deep.equal([
      '同比增加1亿元',
      'up 100\u00a0million yuan year on year',
    ]);
    expect(words({ kind: 'absolute', value: -3, unit: '100m-cny', basis: 'yoy' })).to.deep.equal([
      '同比减少3亿元',
      'down 300\u00a0million yuan year on year',
    ]);
  });

  it('states an absolute change of a figure in % in percentage points, never as a percent', () => {
    // 提高0.3个百分点 written as an absolute change of a rate: "增加0.3%" would read as relative growth.
    expect(words({ kind: 'absolute', value: 0.3, basis: 'yoy' }, 'percent')).to.deep.equal(['同比提高0.3个百分点', 'up 0.3 percentage points year on year']);
    expect(words({ kind: 'absolute', value: -0.3, unit: 'percent', basis: 'yoy' }, 'percent')).to.deep.equal(['同比下降0.3个百分点', 'down 0.3 percentage points year on year']);
    // A custom unit printed as % too; but a figure in 亿元 has no points to change by.
    expect(words({ kind: 'absolute', value: 0.3, basis: 'yoy' }, { zh: '%', en: '%' })[0]).to.equal('同比提高0.3个百分点');
    expect(words({ kind: 'absolute', value: 0.3, unit: 'percent', basis: 'yoy' }, '100m-cny')[0]).to.equal('同比增加0.3%');
    expect(formatChange({ kind: 'absolute', value: 0.3 }, 'en', 'percent').short).to.equal('+0.3 pp');
  });
});

describe('edge cases', () => {
  it('handles numbers JavaScript writes in exponent form, and computed values with binary noise', () => {
    expect(both(5e-7, '100m-cny')).to.deep.equal(['0.0000005亿元', '50 yuan']);
    expect(both(0.1 + 0.2, '100m-cny')).to.deep.equal(['0.3亿元', '30\u00a0million yuan']);
    expect(formatQuantity({ value: 1e-101, unit: 'cny' }, 'zh')).to.match(/元$/);
  });

  it('states an absolute change without its own unit in the figure\'s unit', () => {
    expect(formatChange({ kind: 'absolute', value: -3, basis: 'yoy' }, 'zh', '100m-cny').text).to.equal('同比减少3亿元');
  });
});

describe('derived figures', () => {
  it('writes a worked-out figure under 1 in a 万 or 亿 unit in the next smaller one, as papers do', () => {
    expect(inSmallerUnitUnderOne(0.17, '100m-cny')).to.deep.equal({ value: 1700, unit: '10k-cny' });
    expect(formatQuantity({ ...inSmallerUnitUnderOne(0.17, '100m-cny'), qualifier: 'about' }, 'zh')).to.equal('约1700万元');
    expect(inSmallerUnitUnderOne(0.38, '10k-visits')).to.deep.equal({ value: 3800, unit: 'visits' });
    // At 1 and over, at zero, and in units without a smaller one, as it is.
    expect(inSmallerUnitUnderOne(1.01, '100m-cny')).to.deep.equal({ value: 1.01, unit: '100m-cny' });
    expect(inSmallerUnitUnderOne(0, '100m-cny')).to.deep.equal({ value: 0, unit: '100m-cny' });
    expect(inSmallerUnitUnderOne(0.5, 'percent')).to.deep.equal({ value: 0.5, unit: 'percent' });
    expect(inSmallerUnitUnderOne(0.5, { zh: '万美元', en: 'US dollars', exponent: 4 })).to.deep.equal({ value: 0.5, unit: { zh: '万美元', en: 'US dollars', exponent: 4 } });
  });

  it('derives last year from this year and the growth, at published precision', () => {
    expect(impliedBase(5.27, change('percent', 423))).to.equal(1.01);
    expect(impliedBase(1.39, change('percent', 712))).to.equal(0.17);
    expect(impliedBase(24.1, change('percent', 534))).to.equal(3.8);
    expect(impliedBase(5000, change('multiple', 6))).to.equal(833);
    expect(impliedBase(10, change('points', 2))).to.equal(undefined);
  });

  it('carries a qualifier into a derived figure, without adding precision', () => {
    expect(impliedQuantity(5000, 'more-than', change('multiple', 6))).to.deep.equal({ value: 800, qualifier: 'more-than' });
    expect(impliedQuantity(10, 'nearly', change('percent', 100))).to.deep.equal({ value: 5, qualifier: 'nearly' });
    expect(impliedQuantity(24.1, undefined, change('percent', 534))).to.deep.equal({ value: 3.8, qualifier: 'about' });
    // Rounded the way the qualifier leans, so that it stays true: more than 909 is "more than 900", never "more than 1000".
    expect(impliedQuantity(5000, 'more-than', change('multiple', 5.5))).to.deep.equal({ value: 900, qualifier: 'more-than' });
    expect(impliedQuantity(5000, 'more-than', change('multiple', 5.2))).to.deep.equal({ value: 900, qualifier: 'more-than' });
    expect(impliedQuantity(10, 'nearly', change('percent', 150))).to.deep.equal({ value: 4, qualifier: 'nearly' });
    expect(impliedQuantity(90, 'at-most', change('percent', 20))).to.deep.equal({ value: 80, qualifier: 'at-most' });
    // A digit more where the published precision would contradict the change: not 200余 again, nor 100余.
    expect(impliedQuantity(200, 'more-than', change('percent', 12.5))).to.deep.equal({ value: 170, qualifier: 'more-than' });
    expect(impliedQuantity(200, 'about', change('percent', 5))).to.deep.equal({ value: 190, qualifier: 'about' });
    expect(impliedQuantity(200, 'more-than', change('percent', 0))).to.deep.equal({ value: 200, qualifier: 'more-than' });
    // Nor a figure off by more than half the change: 近800 at −3.5% is 829, and 近900 would tell a fall of 11%.
    expect(impliedQuantity(800, 'nearly', change('percent', -3.5))).to.deep.equal({ value: 830, qualifier: 'nearly' });
    // A change too small for the published precision, even with a digit more, gives no figure rather than 1002余 or 近10.06.
    expect(impliedQuantity(1000, 'more-than', change('percent', -0.2))).to.equal(undefined);
    expect(impliedQuantity(10, 'nearly', change('percent', -0.5))).to.equal(undefined);
    expect(impliedQuantity(200, 'more-than', change('percent', -3.5))).to.equal(undefined);
    expect(significantDigits(5000)).to.equal(1);
    expect(significantDigits(24.1)).to.equal(3);
    expect(significantDigits(0.17)).to.equal(2);
  });

  it('turns percent into multiples and back', () => {
    expect(percentToMultiple(534)).to.equal(6.3);
    expect(percentToMultiple(423)).to.equal(5.2);
    expect(percentToMultiple(712)).to.equal(8.1);
    expect(multipleToPercent(6)).to.equal(500);
    expect(multipleToPercent(1.6)).to.equal(60);
  });
});

describe('targetProgress', () => {
  const base: Indicator = { id: 'x', label: 'x', value: 10.7, unit: '100m-cny', change: change('percent', 15.7, 'yoy') };

  it('says by how much a growth target was exceeded or missed', () => {
    const exceeded = { ...base, target: { kind: 'growth' as const, value: 15 } };
    expect(targetProgress(exceeded, 'en')!.text).to.equal('exceeded the 15% target by 0.7 percentage points');
    expect(targetProgress({ ...exceeded, change: { kind: 'percent', value: 16, basis: 'yoy' } }, 'en')!.text).to.equal(
      'exceeded the 15% target by 1 percentage point',
    );
    expect(targetProgress(exceeded, 'zh')!.text).to.equal('超出15%的目标0.7个百分点');
    const missed = { ...base, target: { kind: 'growth' as const, value: 16.5 } };
    expect(targetProgress(missed, 'en')!.text).to.equal('0.8 percentage points short of the 16.5% target');
    expect(targetProgress(missed, 'en')!.status).to.equal('missed');
    const met = { ...base, target: { kind: 'growth' as const, value: 15.7 } };
    expect(targetProgress(met, 'zh')!.text).to.equal('达到15.7%的目标');
  });

  it('judges a target the other way round where lower is better: a deeper cut beats it', () => {
    const energy: Indicator = { id: 'e', label: 'e', polarity: 'down-good', change: change('percent', -4.1, 'yoy'), target: { kind: 'growth', value: -3 } };
    expect(targetProgress(energy, 'en')!.status).to.equal('exceeded');
    expect(targetProgress(energy, 'en')!.text).to.equal('beat the −3% target by 1.1 percentage points');
    expect(targetProgress(energy, 'zh')!.text).to.equal('优于−3%的目标1.1个百分点');
    const shallow: Indicator = { ...energy, change: change('percent', -2, 'yoy') };
    expect(targetProgress(shallow, 'en')!.status).to.equal('missed');
    expect(targetProgress(shallow, 'en')!.text).to.equal('1 percentage point short of the −3% target');
    expect(targetProgress(shallow, 'zh')!.text).to.equal('未达到−3%的目标，相差1个百分点');
    // Against a target for a longer period, only the comparison, in words that do not read as short of it.
    const yearly: Indicator = { ...energy, target: { kind: 'growth', value: -3, period: { zh: '全年', en: 'the year' } } };
    expect(targetProgress(yearly, 'en')!.text).to.equal('1.1 percentage points lower than the −3% growth target for the year');
    expect(targetProgress({ ...yearly, change: change('percent', -2, 'yoy') }, 'en')!.text).to.equal('1 percentage point higher than the −3% growth target for the year');
    const gap: Indicator = { ...energy, target: { kind: 'growth', gap: -1.1 } };
    expect(targetProgress(gap, 'en')!.status).to.equal('exceeded');
  });

  it('compares growth with a target for a longer period without calling it met or missed', () => {
    const fullYear = { zh: '2024年全年', en: 'full year 2024' };
    const below = { ...base, target: { kind: 'growth' as const, value: 16, period: fullYear } };
    expect(targetProgress(below, 'en')!.text).to.equal('0.3 percentage points below the 16% growth target for full year 2024');
    expect(targetProgress(below, 'zh')!.text).to.equal('增速低于2024年全年16%的目标0.3个百分点');
    const level = { ...base, target: { kind: 'growth' as const, value: 15.7, period: fullYear } };
    expect(targetProgress(level, 'en')!.text).to.equal('in line with the 15.7% growth target for full year 2024');
    expect(targetProgress(level, 'zh')!.text).to.equal('增速与2024年全年15.7%的目标持平');
  });

  it('derives the target from a published gap and says so', () => {
    const gap = { ...base, change: change('percent', 14.9, 'yoy'), target: { kind: 'growth' as const, gap: 2.9 } };
    const progress = targetProgress(gap, 'en')!;
    expect(progress.text).to.equal('2.9 percentage points above the target of 12.0% (derived)');
    expect(progress.derived).to.equal(true);
    expect(targetProgress(gap, 'zh')!.text).to.equal('增速高于目标2.9个百分点（目标12.0%，据此推算）');
    const yearly = { ...gap, target: { ...gap.target, period: { zh: '2024年全年', en: 'full year 2024' } } };
    expect(targetProgress(yearly, 'en')!.text).to.equal('2.9 percentage points above the target of 12.0% for full year 2024 (derived)');
  });

  it('converts the value into the plan\'s unit before the completion rate', () => {
    const plan: Indicator = { id: 'p', label: 'p', value: 4000, unit: '10k-cny', target: { kind: 'plan', value: 0.5, unit: '100m-cny' } };
    expect(targetProgress(plan, 'en')!.text).to.equal('80.0% of the plan of 50\u00a0million yuan');
    const otherKind: Indicator = { ...plan, unit: '10k-visits' };
    expect(targetProgress(otherKind, 'en')!.status).to.equal('pending');
    const zero: Indicator = { ...plan, target: { kind: 'plan', value: 0, unit: '10k-cny' } };
    expect(targetProgress(zero, 'en')!.text).to.not.contain('NaN');
  });

  it('compares a rate with a planned rate in points, not as a completion rate', () => {
    const rate: Indicator = { id: 'r', label: 'r', value: 92, unit: 'percent', target: { kind: 'plan', value: 80 } };
    expect([targetProgress(rate, 'zh')!.text, targetProgress(rate, 'en')!.text]).to.deep.equal(['高于计划（80%）12个百分点', '12 percentage points above the plan of 80%']);
    expect(targetProgress({ ...rate, value: 80 }, 'en')!.text).to.equal('met the plan of 80%');
    expect(targetProgress({ ...rate, value: 79.5 }, 'zh')!.text).to.equal('低于计划（80%）0.5个百分点');
    // A plan of 80%以上 is met by 92%; a figure of 92%以上 is above a plan of 80% by an unknown number of points.
    expect(targetProgress({ ...rate, target: { kind: 'plan', value: 80, qualifier: 'above' } }, 'zh')).to.deep.include({ status: 'exceeded', text: '高于计划（80%以上）12个百分点' });
    const above: Indicator = { ...rate, qualifier: 'above' };
    expect([targetProgress(above, 'zh')!.text, targetProgress(above, 'en')!.text]).to.deep.equal(['高于计划（80%）', 'above the plan of 80%']);
    // Which side of the plan is not known (92%以上 against 95%, 约92% against 80%): the plan alone is said.
    expect(targetProgress({ ...above, target: { kind: 'plan', value: 95 } }, 'zh')).to.deep.include({ status: 'pending', text: '计划：95%' });
    expect(targetProgress({ ...rate, qualifier: 'about' }, 'zh')).to.deep.include({ status: 'pending' });
    // Where lower is better, under the plan beats it; a ceiling keeps its own words.
    const jobless: Indicator = { ...rate, value: 4.8, polarity: 'down-good', target: { kind: 'plan', value: 5.5 } };
    expect(targetProgress(jobless, 'zh')).to.deep.include({ status: 'exceeded', text: '低于计划（5.5%）0.7个百分点' });
    expect(targetProgress({ ...jobless, target: { kind: 'plan', value: 5.5, qualifier: 'at-most' } }, 'en')!.text).to.equal('met the plan of at most 5.5%');
  });

  it('gives a completion rate as published where only that was printed (完成全年计划的63%)', () => {
    const built: Indicator = { id: 'b', label: 'b', value: 12.6, unit: '10k-sqm', target: { kind: 'plan', completion: 63, period: { zh: '全年', en: 'the year' } } };
    expect([targetProgress(built, 'zh')!.text, targetProgress(built, 'en')!.text]).to.deep.equal(['完成全年计划的63%', '63% of the plan for the year']);
    expect(targetProgress(built, 'en')).to.deep.include({ actual: 63, target: 100, status: 'missed', derived: false });
    // Printed beside the plan's amount, it is said as printed, not worked out again (12.6 of 20 is 63.0%).
    const both: Indicator = { ...built, target: { kind: 'plan', value: 20, completion: 63 } };
    expect([targetProgress(both, 'zh')!.text, targetProgress(both, 'en')!.text]).to.deep.equal(['完成计划20万平方米的63%', '63% of the plan of 200,000\u00a0m²']);
    expect(targetProgress({ ...built, value: null, target: { kind: 'plan', completion: 104.5 } }, 'en')).to.deep.include({ status: 'exceeded', text: '104.5% of the plan' });
    // A ceiling has no completion rate, which would read as a shortfall: kept or not, as without one.
    const ceiling: Indicator = { ...built, value: 75, unit: undefined, target: { kind: 'plan', value: 90, completion: 83, qualifier: 'at-most' } };
    expect(targetProgress(ceiling, 'en')).to.deep.include({ status: 'met', text: 'met the plan of at most 90' });
  });

  it('gives a completion rate against a plan, or the plan alone', () => {
    const plan: Indicator = { id: 'p', label: 'p', value: 30, unit: '10k-sqm', target: { kind: 'plan', value: 40 } };
    expect(targetProgress(plan, 'en')!.text).to.equal('75.0% of the plan of 400,000\u00a0m²');
    const dated: Indicator = { ...plan, target: { kind: 'plan', value: 40, period: { zh: '2025年底', en: 'the end of 2025' } } };
    expect(targetProgress(dated, 'en')!.text).to.equal('75.0% of the plan of 400,000\u00a0m² for the end of 2025');
    expect(targetProgress(dated, 'zh')!.text).to.equal('完成2025年底计划40万平方米的75.0%');
    // A deadline keeps its own preposition: "by the end of 2025", never "for by the end of 2025".
    const deadline: Indicator = { ...plan, target: { kind: 'plan', value: 40, period: { zh: '2025年底前', en: 'by the end of 2025' } } };
    expect(targetProgress(deadline, 'en')!.text).to.equal('75.0% of the plan of 400,000\u00a0m² by the end of 2025');
    // Where lower is better, a completion rate under 100% beats the plan.
    expect(targetProgress({ ...plan, polarity: 'down-good' }, 'en')).to.deep.include({ status: 'exceeded', text: '75.0% of the plan of 400,000\u00a0m²' });
    expect(targetProgress(plan, 'en')).to.deep.include({ status: 'missed' });
    expect(targetProgress({ ...deadline, value: undefined }, 'en')!.text).to.equal('target by the end of 2025: 400,000\u00a0m²');
    // The rate of a qualified figure keeps its qualifier.
    const atLeast: Indicator = { ...plan, qualifier: 'at-least' };
    expect(targetProgress(atLeast, 'en')!.text).to.equal('at least 75.0% of the plan of 400,000\u00a0m²');
    expect(targetProgress(atLeast, 'zh')!.text).to.equal('完成计划40万平方米的至少75.0%');
    const moreThan: Indicator = { ...plan, qualifier: 'more-than' };
    expect(targetProgress(moreThan, 'en')!.text).to.equal('more than 75.0% of the plan of 400,000\u00a0m²');
    expect(targetProgress(moreThan, 'zh')!.text).to.equal('完成计划40万平方米的75.0%以上');
    expect(targetProgress(plan, 'zh')!.text).to.equal('完成计划40万平方米的75.0%');
    const pending: Indicator = { ...plan, value: null };
    expect(targetProgress(pending, 'en')!.text).to.equal('target: 400,000\u00a0m²');
    expect(targetProgress(pending, 'zh')!.text).to.equal('目标：40万平方米');
  });
});

describe('figureRuns', () => {
  it('picks out Chinese figures with their units, longest unit first', () => {
    expect(figureRuns('增速高于目标0.7个百分点（目标12.0%）')).to.deep.equal(['增速高于目标', '0.7个百分点', '（目标', '12.0%', '）']);
    expect(figureRuns('接待游客200余万人次，为去年同期的6倍')).to.deep.equal(['接待游客', '200余万人次', '，为去年同期的', '6倍', '']);
    expect(figureRuns('收入1.2亿余元')).to.deep.equal(['收入', '1.2亿余元', '']);
    expect(figureRuns('限上单位1—3月')).to.deep.equal(['限上单位', '1—3月', '']);
    expect(figureRuns('2023-12月')).to.deep.equal(['', '2023-12月', '']);
    expect(figureRuns('2024年全年')).to.deep.equal(['', '2024年', '全年']);
    expect(figureRuns('2024年4月4日至6日')).to.deep.equal(['', '2024年', '', '4月', '', '4日', '至', '6日', '']);
    expect(figureRuns('1.07\u00a0billion yuan')).to.deep.equal(['1.07\u00a0billion yuan']);
  });
});

describe('sentence helpers', () => {
  it('lists items the way each language does', () => {
    expect(joinAnd(['凌源市', '喀左县', '双塔区'], 'zh')).to.equal('凌源市、喀左县和双塔区');
    expect(joinAnd(['Lingyuan', 'Kazuo', 'Shuangta'], 'en')).to.equal('Lingyuan, Kazuo and Shuangta');
    expect(joinAnd(['Lingyuan', 'Kazuo'], 'en')).to.equal('Lingyuan and Kazuo');
    expect(joinAnd(['Lingyuan'], 'en')).to.equal('Lingyuan');
    expect(joinAnd([], 'zh')).to.equal('');
  });

  it('runs Chinese sentences on and spaces English ones', () => {
    expect(sentences(['增长最快。', '其中1项下降。'], 'zh')).to.equal('增长最快。其中1项下降。');
    expect(sentences(['Fastest: GDP.', '1 of 6 declined.'], 'en')).to.equal('Fastest: GDP. 1 of 6 declined.');
  });

  it('lower-cases a label in mid-sentence but never an acronym', () => {
    expect(lowerFirst('Retail sales')).to.equal('retail sales');
    expect(lowerFirst('Landed and started')).to.equal('landed and started');
    expect(lowerFirst('A stage')).to.equal('a stage');
    expect(lowerFirst('GDP')).to.equal('GDP');
    expect(lowerFirst('R&D spending')).to.equal('R&D spending');
    expect(lowerFirst('EU investors')).to.equal('EU investors');
    expect(lowerFirst('对接洽谈')).to.equal('对接洽谈');
    expect(upperFirst('lingyuan City, first half')).to.equal('Lingyuan City, first half');
    expect(upperFirst('')).to.equal('');
  });

  it('prints a published percent with its own decimals', () => {
    expect(formatPublishedPercent(6.5, 'zh')).to.equal('6.5%');
    expect(formatPublishedPercent(15, 'en')).to.equal('15%');
    expect(formatPublishedPercent(-3.2, 'en')).to.equal('−3.2%');
    expect(formatPublishedPercent(1250, 'en')).to.equal('1,250%');
  });

  it('splits list attributes at spaces and commas, full-width ones too', () => {
    expect(parseIds('gdp, retail-sales  fixed-asset-investment')).to.deep.equal(['gdp', 'retail-sales', 'fixed-asset-investment']);
    expect(parseIds('spring-festival，qingming-2024')).to.deep.equal(['spring-festival', 'qingming-2024']);
    expect(parseIds(' ')).to.deep.equal([]);
    expect(parseIds(undefined)).to.deep.equal([]);
  });
});
