// The logo picker: shows the current logo whole, in its own proportions, reads a PNG/JPEG file
// (type, bytes and pixels checked) into the document as base64, or removes it.

import { useState } from 'react';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE, formatBytes, formatCount } from '../../../../shared/limits';
import type { Logo } from '../../../../shared/model';
import { fill, useStrings } from '../../i18n';
import { FilePicker } from '../FilePicker';
import { logoDataUrl, logoFromBytes } from './logo';
import { formStrings } from './strings';
import './form.css';

type LogoPickerProps = { logo: Logo | null; onChange: (logo: Logo | null) => void };

export function LogoPicker({ logo, onChange }: LogoPickerProps) {
  const t = useStrings(formStrings);
  const [problem, setProblem] = useState<string | null>(null);
  const problemText = {
    bytes: fill(t.logoSize, { limit: formatBytes(MAX_LOGO_BYTES) }),
    type: t.logoType,
    broken: t.logoBroken,
    pixels: fill(t.logoPixels, { limit: formatCount(MAX_LOGO_SIDE) }),
  };

  const pick = async (file: File) => {
    const result = logoFromBytes(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      setProblem(problemText[result.problem]);
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
          <FilePicker
            label={t.logoPick}
            accept="image/png,image/jpeg"
            inputTestId="logo-input"
            onFile={(file) => void pick(file)}
          />
          {logo && (
            <button type="button" onClick={() => onChange(null)}>
              {t.logoRemove}
            </button>
          )}
        </div>
      </div>
      {problem && (
        <span className="app-field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
