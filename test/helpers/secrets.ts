// Character sets for building credential-shaped test data at run time.
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
