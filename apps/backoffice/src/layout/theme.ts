import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme with colours that meet WCAG 2.2 AA contrast (4.5:1) for white text:
 * the app bar and buttons (primary, secondary), and the filled chips of the dashboard and checks
 * (error, warning, info, success). The default blue bar gave 3.1:1, the orange chips 3.1:1.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1d4f91' },
    secondary: { main: '#1d4f91' },
    error: { main: '#b3261e' },
    warning: { main: '#9a4a00' },
    info: { main: '#0b5f99' },
    success: { main: '#1e6b2e' },
  },
  components: {
    ...defaultTheme.components,
    // At 390 px a wide table scrolls inside its card instead of widening the page.
    RaList: {
      styleOverrides: {
        root: {
          '& .RaList-content': { overflowX: 'auto', maxWidth: '100%' },
          '& .RaList-main': { minWidth: 0, maxWidth: '100%' },
          '& .RaList-actions, & .RaList-actions form': { minWidth: 0, maxWidth: '100%', flexWrap: 'wrap' },
          '& .RaList-actions .MuiFormControl-root': { maxWidth: '100%' },
        },
      },
    },
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    // react-admin hides helper texts in filter forms, which left a refused search with a red line and
    // no word: an error message is shown.
    RaFilterForm: { styleOverrides: { root: { '& .MuiFormHelperText-root.Mui-error': { display: 'block' } } } },
    RaDataTable: {
      styleOverrides: {
        root: {
          '& .RaDataTable-row:focus-visible': { outline: '2px solid #1d4f91', outlineOffset: -2 },
          // Sort buttons in the header at least 24 px high (WCAG 2.2, 2.5.8 target size).
          '& thead .MuiTableSortLabel-root': { minHeight: 28 },
        },
      },
    },
  } as RaThemeOptions['components'],
};
