import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Accessibility repairs of markup rendered inside react-admin and MUI that their props do not reach:
 * - list rows that open a record on click (`rowClick`) become reachable with Tab and open with Enter or
 *   Space (Clients, Users, Audit log, offers, requests);
 * - the row-selection checkbox carries its name on the wrapper, not on the input (MUI 9 no longer
 *   forwards it): the name moves to the input;
 * - loading spinners get a name;
 * - every page has one level-one heading: the page's own, or else the title in the app bar.
 * A MutationObserver applies them to whatever the page renders, idempotently.
 */
export function useA11yFixups(): void {
  const translate = useTranslate();
  const loading = translate('ra.page.loading');
  useEffect(() => {
    const fix = (root: ParentNode) => {
      for (const row of root.querySelectorAll<HTMLTableRowElement>('tr.RaDataTable-clickableRow:not([tabindex]), tr.RaDatagrid-clickableRow:not([tabindex])')) {
        row.tabIndex = 0;
        row.addEventListener('keydown', (event) => {
          if (event.target !== row || (event.key !== 'Enter' && event.key !== ' ')) return;
          event.preventDefault();
          // The first cell that is not the selection checkbox: react-admin opens the record on a row click.
          (row.querySelector<HTMLElement>('td:not(.RaDataTable-checkbox)') ?? row).click();
        });
      }
      for (const box of root.querySelectorAll<HTMLElement>('.MuiCheckbox-root[aria-label]')) {
        const input = box.querySelector('input');
        if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', box.getAttribute('aria-label') ?? '');
        box.removeAttribute('aria-label');
      }
      for (const spinner of root.querySelectorAll<HTMLElement>('[role=progressbar]:not([aria-label]):not([aria-labelledby])')) spinner.setAttribute('aria-label', loading);
      const title = document.getElementById('react-admin-title');
      if (title) {
        const ownHeading = document.querySelector('#main-content h1, main h1, [role=main] h1');
        if (ownHeading && title.getAttribute('role') === 'heading') {
          title.removeAttribute('role');
          title.removeAttribute('aria-level');
        } else if (!ownHeading && title.getAttribute('role') !== 'heading') {
          title.setAttribute('role', 'heading');
          title.setAttribute('aria-level', '1');
        }
      }
    };
    fix(document);
    const observer = new MutationObserver(() => fix(document));
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [loading]);
}
