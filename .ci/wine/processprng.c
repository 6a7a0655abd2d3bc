/*
 * bcryptprimitives.dll for wine 8.0 (Debian 12), which lacks one.
 *
 * Go 1.24 and later take random numbers on Windows from ProcessPrng in
 * bcryptprimitives.dll (Windows 10 and later have it); without it a Go
 * program stops at start-up. This stand-in exports ProcessPrng and answers
 * with advapi32's SystemFunction036 (RtlGenRandom), which wine has.
 * Used only to test the Windows build under wine (.ci/wine-env copies it
 * into the prefix's system32); it never ships to the office.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -s -O2 -o bcryptprimitives.dll processprng.c
 */
#include <windows.h>

typedef BOOLEAN (WINAPI *genrandom_fn)(PVOID, ULONG);

static genrandom_fn genrandom(void)
{
	static genrandom_fn fn;
	if (!fn) {
		HMODULE h = LoadLibraryW(L"advapi32.dll");
		if (h)
			fn = (genrandom_fn)(void *)GetProcAddress(h, "SystemFunction036");
	}
	return fn;
}

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	genrandom_fn fn = genrandom();
	if (!fn)
		return FALSE;
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!fn(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE; /* the real ProcessPrng always succeeds */
}

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, LPVOID reserved)
{
	(void)inst; (void)reason; (void)reserved;
	return TRUE;
}
