#ifndef KOPRU_CSYSTEM_H
#define KOPRU_CSYSTEM_H

/// Swaps the two paths atomically (Linux renameat2 with RENAME_EXCHANGE): after the call each path
/// names what the other named before, and neither is ever missing. Returns 0, or -1 with errno set
/// (ENOSYS or EINVAL where the kernel or the file system cannot exchange).
int kopru_rename_exchange(const char *first, const char *second);

/// Renames `from` to `to` only if `to` does not exist (renameat2 with RENAME_NOREPLACE).
/// Returns 0, or -1 with errno set (EEXIST when `to` exists).
int kopru_rename_noreplace(const char *from, const char *to);

#endif
