// Panduan: the guide from an empty SOP to a printed one, with its contents at the top and a
// picture of the app's own screen beside the sections that need one.

import { useLanguage } from '../../i18n';
import { hasDesktop } from '../../platform/desktop';
import { GUIDE } from './guide';
import { guideText } from './guide-text';

export function GuidePage() {
  const language = useLanguage((s) => s.language);
  const desktop = hasDesktop();
  const sections = GUIDE[language];
  const text = (value: string) => guideText(value, language, desktop);
  return (
    <div className="app-guide" data-testid="guide">
      <nav className="app-guide-contents" aria-label="Isi">
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#panduan-${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section key={section.id} id={`panduan-${section.id}`} className="app-guide-section">
          <h3>{section.title}</h3>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{text(paragraph)}</p>
          ))}
          {section.picture && (
            <img
              className="app-guide-picture"
              src={`./help/${section.picture.file}`}
              alt={section.picture.alt}
              loading="lazy"
            />
          )}
        </section>
      ))}
    </div>
  );
}
