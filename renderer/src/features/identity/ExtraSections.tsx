// Extra labelled sections some offices add (Tujuan, Definisi, Indikator Kinerja), each with its
// items, printed after the standard identity items.

import type { ExtraSection } from '../../../../shared/model';
import { useStrings } from '../../i18n';
import { editorStore } from '../../state/store';
import { ListEditor } from '../../ui/form/ListEditor';
import { identityStrings } from './strings';

export function ExtraSections({ sections }: { sections: readonly ExtraSection[] }) {
  const t = useStrings(identityStrings);
  const save = (next: ExtraSection[]) => editorStore.getState().apply('setExtraSections', next);
  const update = (index: number, section: ExtraSection) =>
    save(sections.map((s, i) => (i === index ? section : s)));

  return (
    <section className="app-card" aria-labelledby="extra-sections-title">
      <h3 id="extra-sections-title">{t.extraSection}</h3>
      <p className="app-muted">{t.extraHint}</p>
      {sections.map((section, index) => (
        <div className="app-extra" key={index}>
          <div className="app-extra-head">
            <input
              type="text"
              aria-label={t.sectionLabel}
              placeholder={t.sectionLabel}
              value={section.label}
              onChange={(e) => update(index, { ...section, label: e.target.value })}
              onBlur={() => editorStore.getState().sealHistory()}
            />
            <button
              type="button"
              onClick={() => {
                editorStore.getState().sealHistory();
                save(sections.filter((_, i) => i !== index));
              }}
            >
              {t.removeSection}
            </button>
          </div>
          <ListEditor
            field={`extra-${index}`}
            label={section.label || t.sectionLabel}
            items={section.items}
            onChange={(items) => update(index, { ...section, items })}
          />
        </div>
      ))}
      <button
        type="button"
        className="app-link-button"
        onClick={() => {
          editorStore.getState().sealHistory();
          save([...sections, { label: '', items: [] }]);
        }}
      >
        + {t.addSection}
      </button>
    </section>
  );
}
