// The register's pages: previous, "Halaman 2 dari 7", next.

import { fill, useStrings } from '../../i18n';
import { registerStrings } from './strings';
import { REGISTER_PAGE } from './use-register';

type RegisterPagerProps = { page: number; total: number; onPage: (page: number) => void };

export function RegisterPager({ page, total, onPage }: RegisterPagerProps) {
  const t = useStrings(registerStrings);
  const pages = Math.max(1, Math.ceil(total / REGISTER_PAGE));
  if (pages === 1) return null;
  return (
    <nav className="app-register-pager" aria-label={fill(t.page, { page: page + 1, pages })}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t.previous}
      </button>
      <span data-testid="register-page">{fill(t.page, { page: page + 1, pages })}</span>
      <button
        type="button"
        disabled={page + 1 >= pages}
        data-testid="register-next"
        onClick={() => onPage(page + 1)}
      >
        {t.next}
      </button>
    </nav>
  );
}
