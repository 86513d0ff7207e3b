// AG Grid set-up shared by the editor: the Community modules and the theme that makes the grid
// look like the printed SOP table (black-on-white, cell borders, centred two-row header).

import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { CELL_FONT_SIZE } from './row-height';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: CELL_FONT_SIZE,
  headerFontSize: 12,
  headerFontWeight: 700,
  headerBackgroundColor: '#eef1f4',
  headerTextColor: '#111827',
  foregroundColor: '#111827',
  columnBorder: { color: '#c7cdd4' },
  headerColumnBorder: { color: '#c7cdd4' },
  rowBorder: { color: '#c7cdd4' },
  wrapperBorderRadius: 0,
  cellHorizontalPadding: 6,
  spacing: 5,
  accentColor: '#1d4ed8',
});
