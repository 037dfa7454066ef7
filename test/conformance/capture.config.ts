import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// Runs the answer captures in capture/ (not part of the suite) with the suite's slot, demo and Kratos.
export default defineConfig({ ...base, testMatch: 'capture/*.capture.ts', reporter: 'list' })
