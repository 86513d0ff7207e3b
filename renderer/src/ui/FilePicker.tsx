// A button that picks a file: a hidden file input in the browser, or the desktop app's native
// open dialog when the caller offers one (the input is then never used).

import { useRef } from 'react';
import type { ReactNode } from 'react';

type FilePickerProps = {
  label: ReactNode;
  /** The input's accept list, e.g. `.json,application/json`. */
  accept: string;
  onFile: (file: File) => void;
  /** With it, several files may be picked; called instead of `onFile` when more than one is. */
  onFiles?: (files: File[]) => void;
  /** Picks with a native dialog instead of the file input (the desktop app). */
  onNativePick?: () => void;
  className?: string;
  title?: string;
  disabled?: boolean;
  buttonTestId?: string;
  inputTestId?: string;
};

export function FilePicker(props: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={props.className}
        title={props.title}
        disabled={props.disabled}
        data-testid={props.buttonTestId}
        onClick={() => (props.onNativePick ? props.onNativePick() : input.current?.click())}
      >
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        multiple={props.onFiles !== undefined}
        hidden
        data-testid={props.inputTestId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared at once, so picking the same file again still reports it.
          e.target.value = '';
          if (files.length > 1 && props.onFiles) props.onFiles(files);
          else if (files[0]) props.onFile(files[0]);
        }}
      />
    </>
  );
}
