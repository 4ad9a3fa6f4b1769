import { formatBucketLabel, formatDays, formatMonth, formatMonths, formatPeriod, formatShare, histogramBars, axisTicks } from './format';

describe('statistics formatting', () => {
  it('shows days to the whole day and shares as whole percentages', () => {
    expect(formatDays(235.25, 'en')).toBe('235');
    expect(formatDays(1240.5, 'en')).toBe('1,241');
    expect(formatShare(0.3125, 'en')).toBe('31%');
    expect(formatShare(0.3125, 'ru')).toMatch(/^31\s%$/);
    expect(formatMonths(270, 'en')).toBe('8.9');
  });

  it('names months and periods in the UI language', () => {
    expect(formatMonth('2025-01', 'en')).toBe('January 2025');
    expect(formatMonth('2025-01', 'ru')).toMatch(/^январь 2025/);
    expect(formatPeriod('2025-01', '2025-12', 'en')).toBe('January 2025 – December 2025');
    expect(formatPeriod('2025-03', '2025-03', 'en')).toBe('March 2025');
    expect(formatBucketLabel('2025-Q2')).toBe('Q2 2025');
    expect(formatBucketLabel('2025')).toBe('2025');
  });

  it('orders histogram bars by month and keeps suppressed bars as null, never zero', () => {
    const bars = histogramBars({
      cells: [
        { key: '48+', count: null, share: null, suppressed: true },
        { key: '10', count: 15, share: 0.1, suppressed: false },
        { key: '2', count: null, share: null, suppressed: true },
      ],
    });
    expect(bars).toEqual([
      { key: '2', count: null, suppressed: true },
      { key: '10', count: 15, suppressed: false },
      { key: '48+', count: null, suppressed: true },
    ]);
  });

  it('puts round ticks on value axes, the last at or above the largest value', () => {
    expect(axisTicks(30)).toEqual([0, 10, 20, 30]);
    expect(axisTicks(270)).toEqual([0, 100, 200, 300]);
    expect(axisTicks(583)).toEqual([0, 200, 400, 600]);
    expect(axisTicks(11)).toEqual([0, 5, 10, 15]);
    expect(axisTicks(5)).toEqual([0, 2, 4, 6]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });
});
