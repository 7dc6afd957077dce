import type { Indicator } from '../schema/document.js';
import { convertUnit, formatQuantity, isPercent, qualifierWords } from './measure.js';
import { decimals, difference, formatNumber, formatPercent, formatPublishedPercent, percentOf, pointsWord, type Lang } from './number.js';
import { labelled, markDerived, pick, upperFirst } from './text.js';

export type TargetStatus = 'exceeded' | 'met' | 'missed' | 'pending';

export interface TargetProgress {
  /** What the indicator reached, on the target's scale (percent growth, the value against the plan, or a published completion rate). */
  actual: number | undefined;
  /** The target on that scale: a growth rate, a planned amount, or 100 against a published completion rate. */
  target: number;
  status: TargetStatus;
  /** The sentence: "exceeded the 15% target by 0.7 percentage points". */
  text: string;
  /** The same on a line of its own, capitalised: "Exceeded the 15% target…". */
  line: string;
  /** True when the target figure was computed from a published gap rather than published. */
  derived: boolean;
  /** A growth target's rate as shown: 15%, or 12.0% when derived from a gap. */
  goal?: string;
}

/** The word for a target (or a plan), of a period when it has one: 2024年全年目标, "target for full year 2024". */
export const targetWord = (period: string, lang: Lang, word: 'target' | 'plan' = 'target'): string =>
  lang === 'zh' ? `${period}${word === 'plan' ? '计划' : '目标'}` : `${word}${forPeriod(period)}`;

/**
 * An English target's period after what it qualifies: " for full year 2024", or as given where it
 * is a deadline with its own preposition (" by the end of the year", not "for by the end of the year").
 */
export const forPeriod = (period: string): string => (!period ? '' : isDeadline(period) ? ` ${period}` : ` for ${period}`);

/** Whether an English period brings its own preposition: "by the end of 2025", "to the end of June". */
export const isDeadline = (period: string): boolean => /^(by|before|until|till|to|through|within)\s/i.test(period);

/**
 * How an indicator stands against its target. Growth targets compare the
 * year-on-year percent change with the target rate; plan targets compare the
 * value with the planned amount (a completion rate).
 */
export const targetProgress = (indicator: Indicator, lang: Lang): TargetProgress | undefined => {
  const progress = progressOf(indicator, lang);
  return progress && { ...progress, line: upperFirst(progress.text) };
};

const progressOf = (indicator: Indicator, lang: Lang): Omit<TargetProgress, 'line'> | undefined => {
  const target = indicator.target;
  if (!target) return undefined;
  const zh = lang === 'zh';
  const period = pick(target.period, lang);
  // In English a target's period follows what it qualifies: "the plan of 6,000 MW for the end of 2025".
  const periodAfter = forPeriod(period);
  const points = (n: number) => {
    const shown = formatNumber(n, lang);
    return shown + pointsWord(shown, lang);
  };
  // Where lower is better (energy use per unit of GDP, a rate of unemployment), under a target beats it.
  const lowerIsBetter = indicator.polarity === 'down-good';
  const statusOf = (gap: number): TargetStatus => {
    const ahead = lowerIsBetter ? -gap : gap;
    return ahead > 0 ? 'exceeded' : ahead === 0 ? 'met' : 'missed';
  };

  if (target.kind === 'plan') {
    const unit = target.unit ?? indicator.unit;
    // A ceiling (at most) is kept or not: no completion rate, which would read as a shortfall.
    if (target.completion !== undefined && target.qualifier !== 'at-most') {
      // Published, and so shown as printed: 完成全年计划的63%, the plan's amount where it was given too.
      const plan = target.value === undefined ? '' : formatQuantity({ value: target.value, unit, qualifier: target.qualifier }, lang);
      const rate = formatPublishedPercent(target.completion, lang);
      return {
        actual: target.completion,
        target: 100,
        status: statusOf(target.completion - 100),
        text: zh ? `完成${period}计划${plan}的${rate}` : `${rate} of the plan${plan && ` of ${plan}`}${periodAfter}`,
        derived: false,
      };
    }
    if (target.value === undefined) return undefined;
    const planned = formatQuantity({ value: target.value, unit, qualifier: target.qualifier }, lang);
    const value = indicator.value ?? undefined;
    if (value === undefined) {
      return {
        actual: undefined,
        target: target.value,
        status: 'pending',
        text: labelled(targetWord(period, lang), planned, lang),
        derived: false,
      };
    }
    // The value in the plan's unit (4000万元 against a plan of 0.5亿元); no rate across kinds or against zero.
    const actual = convertUnit(value, indicator.unit, unit);
    // Nothing to set against the plan: the plan alone is said.
    const planAlone = { actual: undefined, target: target.value, status: 'pending', text: labelled(targetWord(period, lang, 'plan'), planned, lang), derived: false } as const;
    if (actual !== undefined && isPercent(unit) && target.qualifier !== 'at-most') {
      // A rate against a planned rate is points apart, not a completion rate: 92% is no "115% of a plan of 80%".
      const gap = difference(actual, target.value);
      // A figure given as a bound (92%以上, at most 5%) is above or below the plan only on its side of it;
      // an approximate one (约92%), or an approximate plan, is not points apart by any known number.
      const approximate = [indicator.qualifier, target.qualifier].some((qualifier) => qualifier === 'nearly' || qualifier === 'about');
      const known = !approximate && (!indicator.qualifier || (indicator.qualifier === 'at-most' ? gap <= 0 : gap >= 0));
      if (!known) return planAlone;
      const apart = indicator.qualifier ? '' : points(Math.abs(gap));
      return {
        actual,
        target: target.value,
        status: statusOf(gap),
        text: zh
          ? gap === 0
            ? `达到${period}计划（${planned}）`
            : `${gap > 0 ? '高于' : '低于'}${period}计划（${planned}）${apart}`
          : gap === 0
            ? `met the plan of ${planned}${periodAfter}`
            : `${apart ? `${apart} ` : ''}${gap > 0 ? 'above' : 'below'} the plan of ${planned}${periodAfter}`,
        derived: false,
      };
    }
    if (actual === undefined || target.value <= 0) return planAlone;
    if (target.qualifier === 'at-most') {
      // A ceiling (审批时限90个工作日以内): met at or under it, and no completion rate, which would read as a shortfall.
      const met = actual <= target.value;
      return {
        actual,
        target: target.value,
        status: met ? 'met' : 'missed',
        text: zh ? `${met ? '达到' : '未达到'}${period}计划（${planned}）` : `${met ? 'met' : 'missed'} the plan of ${planned}${periodAfter}`,
        derived: false,
      };
    }
    // A rate of a qualified figure keeps its qualifier: more than 4,850 MW of 6,000 is more than 80.8% (80.8%以上).
    const qualified = qualifierWords(indicator.qualifier, lang, true);
    const rate = `${qualified.before}${formatPercent(percentOf(actual, target.value)!, lang)}${qualified.afterUnit}`;
    return {
      actual,
      target: target.value,
      // Where lower is better, under the plan beats it here too.
      status: statusOf(actual - target.value),
      // "for the end of 2025" after the plan, as the target's period reads (not "the the end of 2025 plan").
      text: zh ? `完成${period}计划${planned}的${rate}` : `${rate} of the plan of ${planned}${periodAfter}`,
      derived: false,
    };
  }

  const growth = indicator.change?.kind === 'percent' ? indicator.change.value : undefined;

  if (target.value === undefined) {
    // Only the gap was published (高于预期目标2.9个百分点): the target rate is implied. Said of the growth
    // (增速高于目标…), as a comparison with a target rate is: the line may stand apart from the figure.
    const gap = target.gap!;
    const implied = growth === undefined ? undefined : difference(growth, gap);
    const impliedText = implied === undefined ? '' : formatPercent(implied, lang, Math.max(decimals(growth!), decimals(gap), 1));
    const above = gap >= 0;
    const gapText = `${points(Math.abs(gap))} ${above ? 'above' : 'below'} the target`;
    return {
      actual: growth,
      target: implied ?? 0,
      status: statusOf(gap),
      text: zh
        ? `增速${above ? '高于' : '低于'}${period}目标${points(Math.abs(gap))}${impliedText ? `（目标${impliedText}，据此推算）` : ''}`
        : impliedText
          ? markDerived(`${gapText} of ${impliedText}${periodAfter}`, lang)
          : `${gapText}${periodAfter}`,
      derived: implied !== undefined,
      ...(impliedText && { goal: impliedText }),
    };
  }

  const goal = formatPublishedPercent(target.value, lang);
  const goalPhrase = zh ? `${period}${goal}的目标` : `the ${goal} target${periodAfter}`;
  if (growth === undefined) {
    return {
      actual: undefined,
      target: target.value,
      status: 'pending',
      text: labelled(targetWord(period, lang), zh ? `增长${goal}` : `growth of ${goal}`, lang),
      derived: false,
      goal,
    };
  }
  const gap = difference(growth, target.value);
  const status = statusOf(gap);
  const by = points(Math.abs(gap));
  // A target for a longer period (the full year) cannot be met or missed by one
  // quarter's figure: say only how the growth compares with it.
  const periodGoal = `the ${goal} growth target${periodAfter}`;
  const text = period
    ? zh
      ? `增速${gap === 0 ? '与' : gap > 0 ? '高于' : '低于'}${goalPhrase}${gap === 0 ? '持平' : by}`
      : gap === 0
        ? `in line with ${periodGoal}`
        : // Where lower is better, "below the target" would read as short of it: "lower than" only compares.
          `${by} ${lowerIsBetter ? (gap > 0 ? 'higher than' : 'lower than') : gap > 0 ? 'above' : 'below'} ${periodGoal}`
    : status === 'met'
      ? zh
        ? `达到${goalPhrase}`
        : `met ${goalPhrase}`
      : status === 'exceeded'
        ? zh
          ? `${lowerIsBetter ? '优于' : '超出'}${goalPhrase}${by}`
          : `${lowerIsBetter ? 'beat' : 'exceeded'} ${goalPhrase} by ${by}`
        : zh
          ? lowerIsBetter
            ? `未达到${goalPhrase}，相差${by}`
            : `增速低于${goalPhrase}${by}`
          : `${by} short of ${goalPhrase}`;
  return { actual: growth, target: target.value, status, text, derived: false, goal };
};
