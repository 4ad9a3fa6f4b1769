import { suppressTable, TableCell } from './table-suppression';

/** Compact notation: 'A:50 B:3' → cells. */
const table = (spec: string): TableCell[] =>
  spec.split(' ').map((part) => {
    const [key, count] = part.split(':');
    return { key, count: Number(count) };
  });

/** Shown cells as 'A:50 B:- C:-(c)' where '-' is primary and '-(c)' complementary suppression. */
const render = (cells: ReturnType<typeof suppressTable>['cells']): string =>
  cells
    .map((c) => `${c.key}:${c.suppressed ? (c.reason === 'complementary' ? '-(c)' : '-') : c.count}`)
    .join(' ');

describe('suppressTable', () => {
  it.each`
    scenario                                                        | cells                         | expected
    ${'nothing small: all shown, rounded to 5'}                     | ${'A:52 B:23 C:11'}           | ${'A:50 B:25 C:10'}
    ${'boundary: 11 shown, 10 hidden (minCell 11)'}                 | ${'A:11 B:10 C:40'}           | ${'A:-(c) B:- C:40'}
    ${'one small cell: next smallest hidden too'}                   | ${'A:50 B:40 C:3 D:30'}       | ${'A:50 B:40 C:- D:-(c)'}
    ${'two small cells summing to 5: a third is hidden'}            | ${'A:50 B:40 C:3 D:2'}        | ${'A:50 B:-(c) C:- D:-'}
    ${'two small cells summing to at least minCell: enough'}        | ${'A:50 B:6 C:7'}             | ${'A:50 B:- C:-'}
    ${'tie for next smallest: earliest in input order'}             | ${'A:20 B:20 C:4'}            | ${'A:-(c) B:20 C:-'}
    ${'a zero is below minCell and needs a partner'}                | ${'A:0 B:30 C:12'}            | ${'A:- B:30 C:-(c)'}
    ${'complement is the smallest, whatever its position'}          | ${'A:12 B:90 C:5 D:13'}       | ${'A:-(c) B:90 C:- D:15'}
    ${'every cell small: all hidden'}                               | ${'A:3 B:4'}                  | ${'A:- B:-'}
    ${'single cell shown'}                                          | ${'A:15'}                     | ${'A:15'}
    ${'single small cell hidden'}                                   | ${'A:7'}                      | ${'A:-'}
    ${'empty table'}                                                | ${''}                         | ${''}
  `('$scenario', ({ cells, expected }) => {
    const input = cells === '' ? [] : table(cells);
    expect(render(suppressTable(input, { minCell: 11 }).cells)).toBe(expected);
  });

  it.each`
    scenario                                                  | cells                    | total  | expectedCells               | expectedTotal
    ${'total shown and rounded'}                              | ${'A:52 B:23'}           | ${75}  | ${'A:50 B:25'}              | ${{ count: 75, suppressed: false }}
    ${'total shown, one small cell gets a partner'}           | ${'A:52 B:3 C:20'}       | ${75}  | ${'A:50 B:- C:-(c)'}          | ${{ count: 75, suppressed: false }}
    ${'total below minCell: everything hidden'}               | ${'A:6 B:4'}             | ${10}  | ${'A:- B:-'}                | ${{ count: null, suppressed: true }}
    ${'hidden sum stays small with no cell left: total hidden'} | ${'A:3 B:4'}           | ${12}  | ${'A:- B:-'}                | ${{ count: null, suppressed: true }}
    ${'only small cells but sum reaches minCell: total shown'} | ${'A:6 B:7'}            | ${13}  | ${'A:- B:-'}                | ${{ count: 15, suppressed: false }}
    ${'total larger than cells (people in no category)'}      | ${'A:40 B:30'}           | ${82}  | ${'A:40 B:30'}              | ${{ count: 80, suppressed: false }}
    ${'total smaller than cells (several categories each)'}   | ${'A:40 B:30 C:2'}       | ${50}  | ${'A:40 B:-(c) C:-'}        | ${{ count: 50, suppressed: false }}
  `('with a total: $scenario', ({ cells, total, expectedCells, expectedTotal }) => {
    const result = suppressTable(table(cells), { minCell: 11, total });
    expect(render(result.cells)).toBe(expectedCells);
    expect(result.total).toEqual(expectedTotal);
  });

  it.each`
    scenario                                 | cells              | minCell | expected
    ${'minCell 5: 5 shown, 4 hidden'}        | ${'A:5 B:4 C:30'}  | ${5}    | ${'A:-(c) B:- C:30'}
    ${'minCell 20: 19 hidden'}               | ${'A:19 B:25 C:30'}| ${20}   | ${'A:- B:-(c) C:30'}
  `('configured minCell: $scenario', ({ cells, minCell, expected }) => {
    expect(render(suppressTable(table(cells), { minCell }).cells)).toBe(expected);
  });

  it('returns no total when none was passed', () => {
    expect(suppressTable(table('A:20'), { minCell: 11 }).total).toBeNull();
  });

  it('keeps keys and input order, and explains each hidden cell', () => {
    expect(suppressTable(table('food:30 legal:2 medical:15'), { minCell: 11 }).cells).toEqual([
      { key: 'food', count: 30, suppressed: false, reason: null },
      { key: 'legal', count: null, suppressed: true, reason: 'primary' },
      { key: 'medical', count: null, suppressed: true, reason: 'complementary' },
    ]);
  });

  it.each`
    scenario                      | cells            | options                        | code
    ${'duplicate key'}            | ${'A:20 A:30'}   | ${{ minCell: 11 }}             | ${'DUPLICATE_KEY'}
    ${'negative count'}           | ${'A:-1'}        | ${{ minCell: 11 }}             | ${'INVALID_COUNT'}
    ${'fractional count'}         | ${'A:1.5'}       | ${{ minCell: 11 }}             | ${'INVALID_COUNT'}
    ${'cell above the total'}     | ${'A:30'}        | ${{ minCell: 11, total: 20 }}  | ${'COUNT_EXCEEDS_TOTAL'}
    ${'minCell below 5'}          | ${'A:30'}        | ${{ minCell: 4 }}              | ${'MIN_CELL_TOO_SMALL'}
  `('refuses $scenario', ({ cells, options, code }) => {
    expect(() => suppressTable(table(cells), options)).toThrow(expect.objectContaining({ code }));
  });
});
