// The logo picker: shows the current logo, reads a PNG/JPEG file (type and size checked) into the
// document as base64, or removes it.

import { useRef, useState } from 'react';
import type { Logo } from '../../../../shared/model';
import { useStrings } from '../../i18n';
import { logoDataUrl, logoFromBytes } from './logo';
import { identityStrings } from './strings';

type LogoPickerProps = { logo: Logo | null; onChange: (logo: Logo | null) => void };

export function LogoPicker({ logo, onChange }: LogoPickerProps) {
  const t = useStrings(identityStrings);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<'type' | 'size' | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const result = logoFromBytes(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      setProblem(result.reason);
      return;
    }
    setProblem(null);
    onChange(result.logo);
  };

  return (
    <div className="app-field app-logo" data-field="logo">
      <span className="app-field-label">{t.logo}</span>
      <div className="app-logo-box">
        <div className="app-logo-preview" data-testid="logo-preview">
          {logo ? <img src={logoDataUrl(logo)} alt={t.logo} /> : <span>{t.logoNone}</span>}
        </div>
        <div className="app-logo-buttons">
          <button type="button" onClick={() => input.current?.click()}>
            {t.logoPick}
          </button>
          {logo && (
            <button type="button" onClick={() => onChange(null)}>
              {t.logoRemove}
            </button>
          )}
        </div>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          hidden
          data-testid="logo-input"
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {problem && (
        <span className="app-field-error" role="alert">
          {problem === 'type' ? t.logoType : t.logoSize}
        </span>
      )}
    </div>
  );
}
