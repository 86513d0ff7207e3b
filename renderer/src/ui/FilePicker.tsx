// Picking a file: a hidden file input in the browser, or the desktop app's native open dialog
// when the caller offers one (the input is then never used). `useFilePicker` gives the picking
// and the input apart, for a command that is both a toolbar button and a menu item;
// `FilePicker` is the plain button.

import { useRef } from 'react';
import type { ReactNode } from 'react';

type PickOptions = {
  /** The input's accept list, e.g. `.json,application/json`. */
  accept: string;
  onFile: (file: File) => void;
  /** With it, several files may be picked; called instead of `onFile` when more than one is. */
  onFiles?: (files: File[]) => void;
  /** Picks with a native dialog instead of the file input (the desktop app). */
  onNativePick?: () => void;
  inputTestId?: string;
};

/** `pick` asks for a file; `input` must be on the page for the browser's file dialog. */
export function useFilePicker(options: PickOptions): { pick: () => void; input: ReactNode } {
  const input = useRef<HTMLInputElement>(null);
  const pick = () => (options.onNativePick ? options.onNativePick() : input.current?.click());
  return {
    pick,
    input: (
      <input
        ref={input}
        type="file"
        accept={options.accept}
        multiple={options.onFiles !== undefined}
        hidden
        data-testid={options.inputTestId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared at once, so picking the same file again still reports it.
          e.target.value = '';
          if (files.length > 1 && options.onFiles) options.onFiles(files);
          else if (files[0]) options.onFile(files[0]);
        }}
      />
    ),
  };
}

type FilePickerProps = PickOptions & {
  label: ReactNode;
  className?: string;
  title?: string;
  disabled?: boolean;
  buttonTestId?: string;
};

export function FilePicker(props: FilePickerProps) {
  const { pick, input } = useFilePicker(props);
  return (
    <>
      <button
        type="button"
        className={props.className}
        title={props.title}
        disabled={props.disabled}
        data-testid={props.buttonTestId}
        onClick={pick}
      >
        {props.label}
      </button>
      {input}
    </>
  );
}
