import { AppError } from '../../platform/http/errors.js';

type Text = { id: string; en: string };

/** A 400 naming one field, worded in both languages (the error handler picks one). */
export function fieldError(path: string, message: Text): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path, message }]);
}

/** A 409 naming the field that collides with existing data. */
export function conflictOn(path: string, message: Text): AppError {
  return new AppError('CONFLICT', message, [{ path, message }]);
}

export const REGION_NOT_FOUND: Text = { id: 'Wilayah tidak ditemukan', en: 'Region not found' };
export const INSTITUTION_NOT_FOUND: Text = {
  id: 'Instansi tidak ditemukan',
  en: 'Institution not found',
};
export const DATE_RANGE: Text = {
  id: 'Tanggal berakhir harus sesudah tanggal mulai',
  en: 'The end date must be after the start date',
};
