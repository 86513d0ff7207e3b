// Tentang: the app's name, version and what it is for.

import type { AppInfo } from '../../../../shared/api';
import { useStrings } from '../../i18n';
import { helpStrings } from './strings';

export function AboutPanel({ info }: { info: AppInfo }) {
  const t = useStrings(helpStrings);
  return (
    <div className="app-about" data-testid="about-panel">
      <h3>
        {info.name} {info.version}
      </h3>
      <p>{t.aboutText}</p>
      <p className="app-muted">
        {t.dataFolder}: {info.shell === 'desktop' ? t.shellDesktop : t.shellPreview}
      </p>
    </div>
  );
}
